package org.jixiao.formats.published;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.formats.ReadLimits;

/**
 * Reads a published report given as text — Markdown as converters write it from PDF or Word — into
 * a {@link PublishedDocument}, exactly as published: Markdown pipe tables, tab-separated tables,
 * HTML fragments inside cells, and the prose between them, each with its line number.
 *
 * <p>Cells keep their text as written (OCR spaces such as "年初预算 数" or "80. 46", full-width
 * characters); only white space around a cell is trimmed and HTML fragments become plain text.
 * Whatever looks like part of a table but cannot be read is reported in
 * {@link PublishedDocument#unreadable()} with its line and a reason in Chinese, never dropped.
 * Any text is read without an exception, up to the size limits below, which are refused with an
 * {@link IllegalArgumentException}. How tables broken by page breaks are joined and how titles are
 * found is decided by {@link PublishedDocumentBuilder}, shared with the readers of other formats.
 *
 * <p>Lines are numbered from 1; "\n", "\r\n" and "\r" all end a line; a byte-order mark at the start
 * is ignored.
 */
public final class PublishedText {

    /** The largest text read, in characters (about 20 MB): {@link ReadLimits#maxFileBytes()}. */
    public static final int MAX_CHARS = (int) ReadLimits.DEFAULTS.maxFileBytes();
    /** The largest input read from a stream, in bytes: {@link ReadLimits#maxFileBytes()}. */
    public static final int MAX_BYTES = (int) ReadLimits.DEFAULTS.maxFileBytes();
    /** The most lines read: {@link ReadLimits#maxLines()}. */
    public static final int MAX_LINES = ReadLimits.DEFAULTS.maxLines();
    /** The most table cells read in one document: {@link ReadLimits#maxCells()}. */
    public static final int MAX_CELLS = ReadLimits.DEFAULTS.maxCells();
    /** A row with more cells than this is not a table row (reported as unreadable): {@link ReadLimits#maxCellsPerRow()}. */
    public static final int MAX_CELLS_PER_ROW = ReadLimits.DEFAULTS.maxCellsPerRow();

    private static final Pattern HEADING = Pattern.compile("^#{1,6}(\\s+|$)");
    private static final Pattern BULLET = Pattern.compile("^[-*+](\\s+)");
    private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-+:?");
    private static final Pattern STRICT_SEPARATOR_CELL = Pattern.compile(":?-{3,}:?");

    private PublishedText() {
    }

    /**
     * Reads {@code text}; {@code source} names it in the result (a file name, a URL).
     *
     * @throws IllegalArgumentException when the text exceeds {@link #MAX_CHARS}, {@link #MAX_LINES}
     *                                  or {@link #MAX_CELLS}
     */
    public static PublishedDocument read(String source, String text) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("输入过大：共 " + text.length() + " 个字符，超过上限 " + MAX_CHARS
                    + " 个字符（约 20 MB），请拆分后再读");
        }
        return new Reader(source, lines(text)).read();
    }

    /**
     * Reads UTF-8 text from {@code in}, at most {@link #MAX_BYTES} bytes; bytes that are not UTF-8
     * are read as U+FFFD and the lines holding them reported as unreadable. The stream is not closed.
     *
     * @throws IllegalArgumentException when the input exceeds {@link #MAX_BYTES}
     */
    public static PublishedDocument read(String source, InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("输入过大：超过上限 " + MAX_BYTES + " 字节（20 MB），请拆分后再读");
        }
        return read(source, utf8(bytes));
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The lines of {@code text}, without their line ends and without a leading byte-order mark. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                addLine(lines, text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < n) {
            addLine(lines, text.substring(start));
        }
        return lines;
    }

    private static void addLine(List<String> lines, String line) {
        if (lines.size() >= MAX_LINES) {
            throw new IllegalArgumentException("输入行数过多：超过上限 " + MAX_LINES + " 行，请拆分后再读");
        }
        lines.add(line);
    }

    // ------------------------------------------------------------------ one document

    private static final class Reader {
        private final List<String> lines;
        private final PublishedDocumentBuilder builder;
        private int cells;

        Reader(String source, List<String> lines) {
            this.lines = lines;
            this.builder = new PublishedDocumentBuilder(source);
        }

        PublishedDocument read() {
            int n = lines.size();
            int i = 0;
            while (i < n) {
                String line = lines.get(i);
                if (Blanks.isBlank(line)) {
                    builder.blank(i + 1);
                    i++;
                } else if (startsWithPipe(line) || (pipes(line) > 0 && i + 1 < n && isSeparatorLine(lines.get(i + 1)))) {
                    int end = i + 1;
                    while (end < n && !Blanks.isBlank(lines.get(end)) && pipes(lines.get(end)) > 0) {
                        end++;
                    }
                    pipeTable(i, end);
                    i = end;
                } else if (line.indexOf('\t') >= 0) {
                    int end = i + 1;
                    while (end < n && !Blanks.isBlank(lines.get(end)) && lines.get(end).indexOf('\t') >= 0
                            && !startsWithPipe(lines.get(end))) {
                        end++;
                    }
                    tabTable(i, end);
                    i = end;
                } else {
                    prose(i);
                    i++;
                }
            }
            return builder.build();
        }

        private void prose(int index) {
            String line = lines.get(index);
            reportUndecodable(index, line);
            String text = Blanks.stripLeading(line);
            text = HEADING.matcher(text).replaceFirst("");
            text = BULLET.matcher(text).replaceFirst("");
            HtmlFragments.Text plain = HtmlFragments.toText(text);
            if (plain.malformed()) {
                builder.unreadable(index + 1, Blanks.strip(line), plain.problem());
            }
            builder.prose(index + 1, plain.text());
        }

        /** Lines [from, to) of a Markdown pipe table. */
        private void pipeTable(int from, int to) {
            List<PublishedTable.Row> rows = new ArrayList<>();
            int declared = 0;
            boolean header = false;
            boolean separators = false;
            for (int i = from; i < to; i++) {
                String line = lines.get(i);
                reportUndecodable(i, line);
                if (startsWithPipe(line) && pipes(line) < 2) {
                    builder.unreadable(i + 1, Blanks.strip(line), "以竖线开头却没有第二条竖线，分不出单元格（表格行可能被截断）");
                    continue;
                }
                if (tooWide(i, line, pipes(line) - 1)) {
                    continue;
                }
                List<String> raw = splitPipes(line);
                if (i == from + 1 && rows.size() == 1 && isSeparator(raw, SEPARATOR_CELL)) {
                    declared = raw.size();
                    header = true;
                    separators = true;
                    continue;
                }
                if (isSeparator(raw, STRICT_SEPARATOR_CELL)) {
                    declared = declared == 0 ? raw.size() : declared;
                    separators = true;
                    continue;
                }
                PublishedTable.Row row = row(i, line, raw);
                if (row != null) {
                    rows.add(row);
                }
            }
            if (rows.isEmpty()) {
                if (separators) {
                    builder.unreadable(from + 1, Blanks.strip(lines.get(from)), "只有表格分隔行，没有表格内容");
                }
                return;
            }
            if (declared == 0) {
                for (PublishedTable.Row row : rows) {
                    declared = Math.max(declared, row.cells().size());
                }
            }
            builder.tablePiece(new TablePiece(from + 1, declared, header, rows));
        }

        /** Lines [from, to) of tab-separated cells; a leading tab is a blank (merged) cell. */
        private void tabTable(int from, int to) {
            List<PublishedTable.Row> rows = new ArrayList<>();
            for (int i = from; i < to; i++) {
                String line = lines.get(i);
                reportUndecodable(i, line);
                if (tooWide(i, line, tabs(line) + 1)) {
                    continue;
                }
                PublishedTable.Row row = row(i, line, List.of(line.split("\t", -1)));
                if (row != null) {
                    rows.add(row);
                }
            }
            if (!rows.isEmpty()) {
                builder.tablePiece(new TablePiece(from + 1, 0, false, rows));
            }
        }

        /** Whether line {@code index}, of about {@code cellCount} cells, is too wide to be a table row (then reported). */
        private boolean tooWide(int index, String line, int cellCount) {
            if (cellCount <= MAX_CELLS_PER_ROW) {
                return false;
            }
            builder.unreadable(index + 1, Blanks.strip(line),
                    "这一行有 " + cellCount + " 个单元格，超过上限 " + MAX_CELLS_PER_ROW + "，不像表格行");
            return true;
        }

        /** The row read from {@code raw} cells of line {@code index}, or null when it cannot be a row. */
        private PublishedTable.Row row(int index, String line, List<String> raw) {
            if (tooWide(index, line, raw.size())) {
                return null;
            }
            cells += raw.size();
            if (cells > MAX_CELLS) {
                throw new IllegalArgumentException("表格单元格过多：超过上限 " + MAX_CELLS + " 个，请拆分后再读");
            }
            List<String> cellTexts = new ArrayList<>(raw.size());
            for (String cell : raw) {
                HtmlFragments.Text plain = HtmlFragments.toText(cell);
                if (plain.malformed()) {
                    builder.unreadable(index + 1, Blanks.strip(cell), "单元格中的 " + plain.problem());
                }
                cellTexts.add(plain.text());
            }
            return new PublishedTable.Row(index + 1, cellTexts);
        }

        private void reportUndecodable(int index, String line) {
            if (line.indexOf('\uFFFD') >= 0) {
                builder.unreadable(index + 1, Blanks.strip(line), "这一行含有无法解码的字符（�），原文可能缺字");
            }
        }
    }

    // ------------------------------------------------------------------ Markdown pipe rows

    static boolean startsWithPipe(String line) {
        String s = Blanks.stripLeading(line);
        return !s.isEmpty() && s.charAt(0) == '|';
    }

    private static int tabs(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                count++;
            }
        }
        return count;
    }

    /** The number of unescaped pipes in {@code line}. */
    static int pipes(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
                i++;
            } else if (c == '|') {
                count++;
            }
        }
        return count;
    }

    /**
     * The cells of a pipe row as written (untrimmed): split at unescaped pipes, an escaped pipe
     * read as "|", the empty text before a leading pipe and after a trailing pipe dropped.
     */
    static List<String> splitPipes(String line) {
        String s = Blanks.strip(line);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        if (!s.isEmpty() && s.charAt(0) == '|') {
            cells.remove(0);
        }
        if (cells.size() > 1 && s.endsWith("|") && !s.endsWith("\\|")) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static boolean isSeparatorLine(String line) {
        return pipes(line) > 0 && isSeparator(splitPipes(line), SEPARATOR_CELL);
    }

    private static boolean isSeparator(List<String> cells, Pattern cellPattern) {
        if (cells.isEmpty()) {
            return false;
        }
        for (String cell : cells) {
            if (!cellPattern.matcher(Blanks.strip(cell)).matches()) {
                return false;
            }
        }
        return true;
    }
}
