package org.jixiao.formats.published;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedDocument.Paragraph;
import org.jixiao.core.review.PublishedDocument.Unreadable;
import org.jixiao.core.review.PublishedTable;

/**
 * Assembles a {@link PublishedDocument} from what a reader saw, in document order, whatever the
 * format: prose lines, blank lines (and page breaks), table pieces and things it could not read.
 * Every reader (text and Markdown, .docx) feeds this one builder, so the same document
 * gives the same result whichever format it was published in.
 *
 * <p>Decided here, not in the readers:
 * <ul>
 * <li><b>Continuation.</b> A table piece continues the table before it when nothing but blank
 * lines (or page breaks, or unreadable rows) lies between them, and the shapes agree: both pieces
 * declare no columns (tab-separated text), or both declare columns and the later piece starts
 * with a blank header row (what converters write at the top of every page), repeats the table's
 * header row, or has at least half and at most twice as many columns. Any prose in between starts
 * a new table.</li>
 * <li><b>Header rows.</b> A blank header row is the format's, not the publisher's, and is dropped;
 * a continuation piece that repeats the table's header row has that row dropped.</li>
 * <li><b>Title.</b> The nearest prose line above the table, passing over year and unit lines
 * ("2024年度", "单位：万元"), if it reads as a title (short, not a sentence); otherwise none.</li>
 * <li><b>Paragraphs.</b> Every prose line is a paragraph with its line, title lines included.
 * The builder does not guess where a sentence broken by a page break continues.</li>
 * </ul>
 * Not thread-safe; one builder per document.
 */
public final class PublishedDocumentBuilder {

    private final String source;
    private final List<OpenTable> tables = new ArrayList<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Unreadable> unreadable = new ArrayList<>();
    /** Prose since the last table, for its title. */
    private final List<Paragraph> proseSinceTable = new ArrayList<>();
    /** The table a following piece may continue, or null once prose has come between. */
    private OpenTable open;

    public PublishedDocumentBuilder(String source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** A line of prose, already free of the format's markup; blank text counts as a blank line. */
    public PublishedDocumentBuilder prose(int line, String text) {
        if (text == null || Blanks.isBlank(text)) {
            return blank(line);
        }
        Paragraph paragraph = new Paragraph(line, Blanks.strip(text));
        paragraphs.add(paragraph);
        proseSinceTable.add(paragraph);
        open = null;
        return this;
    }

    /** A blank line or a page break: it does not end a table, which may continue after it. */
    public PublishedDocumentBuilder blank(int line) {
        return this;
    }

    /** Something that looked like part of a table (or a fragment) but could not be read. It does not end a table. */
    public PublishedDocumentBuilder unreadable(int line, String text, String reason) {
        unreadable.add(new Unreadable(line, text == null ? "" : text, reason == null ? "" : reason));
        return this;
    }

    /** A table as the format shows it; joined to the table before it when it continues it. */
    public PublishedDocumentBuilder tablePiece(TablePiece piece) {
        Objects.requireNonNull(piece, "piece");
        if (piece.rows().isEmpty()) {
            return this;
        }
        List<PublishedTable.Row> rows = new ArrayList<>(piece.rows());
        boolean blankHeader = piece.firstRowIsHeader() && rows.get(0).isBlank();
        if (open != null && continues(open, piece, blankHeader)) {
            if (blankHeader || (open.header != null && sameCells(rows.get(0), open.header))) {
                rows.remove(0);
            }
            open.rows.addAll(rows);
            open.lastPiece = piece;
        } else {
            OpenTable table = new OpenTable(title(), piece.line(), piece);
            if (blankHeader) {
                rows.remove(0);
            } else if (piece.firstRowIsHeader()) {
                table.header = rows.get(0);
            }
            table.rows.addAll(rows);
            tables.add(table);
            open = table;
        }
        proseSinceTable.clear();
        return this;
    }

    public PublishedDocument build() {
        List<PublishedTable> read = new ArrayList<>(tables.size());
        List<Unreadable> problems = new ArrayList<>(unreadable);
        for (OpenTable table : tables) {
            if (table.rows.isEmpty()) {
                problems.add(new Unreadable(table.line, "", "表格只有空白的表头行，没有内容"));
            } else {
                read.add(new PublishedTable(table.title, table.line, table.rows));
            }
        }
        problems.sort(Comparator.comparingInt(Unreadable::line));
        return new PublishedDocument(source, read, paragraphs, problems);
    }

    private static boolean continues(OpenTable table, TablePiece piece, boolean blankHeader) {
        TablePiece last = table.lastPiece;
        if (!last.declaresColumns() || !piece.declaresColumns()) {
            return !last.declaresColumns() && !piece.declaresColumns();
        }
        if (blankHeader || (table.header != null && sameCells(piece.firstRow(), table.header))) {
            return true;
        }
        int fewer = Math.min(last.declaredColumns(), piece.declaredColumns());
        int more = Math.max(last.declaredColumns(), piece.declaredColumns());
        return 2 * fewer >= more;
    }

    /** The same cells, ignoring blank cells at the end. */
    private static boolean sameCells(PublishedTable.Row a, PublishedTable.Row b) {
        if (a == null || b == null || a.isBlank()) {
            return false;
        }
        int n = Math.max(a.cells().size(), b.cells().size());
        for (int i = 0; i < n; i++) {
            if (!a.cell(i).equals(b.cell(i))) {
                return false;
            }
        }
        return true;
    }

    private String title() {
        int subtitles = 0;
        for (int i = proseSinceTable.size() - 1; i >= 0; i--) {
            String text = proseSinceTable.get(i).text();
            if (Titles.isSubtitle(text) && subtitles < Titles.MAX_SUBTITLES) {
                subtitles++;
                continue;
            }
            return Titles.looksLikeTitle(text) ? text : "";
        }
        return "";
    }

    private static final class OpenTable {
        final String title;
        final int line;
        final List<PublishedTable.Row> rows = new ArrayList<>();
        PublishedTable.Row header;
        TablePiece lastPiece;

        OpenTable(String title, int line, TablePiece first) {
            this.title = title;
            this.line = line;
            this.lastPiece = first;
        }
    }
}
