package org.jixiao.formats.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.formats.OfficeZip;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.UnreadableFileException;
import org.jixiao.formats.UnreadableFileException.Code;
import org.jixiao.formats.published.PublishedDocumentBuilder;
import org.jixiao.formats.published.TablePiece;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word report (.docx) into the same {@link PublishedDocument} as its text would give, through
 * the same {@link PublishedDocumentBuilder}: body paragraphs as prose, each {@code w:tbl} as one
 * {@link TablePiece} (its grid as the declared columns), so titles, continuation and paragraphs are
 * decided exactly as for text.
 *
 * <p><b>Lines.</b> A .docx has no lines; "line" N is the N-th <em>block</em> of the body in document
 * order, from 1: each body paragraph counts one, each table row counts one (so a finding points at its
 * row). Rows of tables nested in a cell do not count. A paragraph with manual line breaks gives one
 * prose entry per line, all with the paragraph's number.
 *
 * <p><b>Cells.</b> A cell's text is its paragraphs, each trimmed, blank ones dropped, joined by "\n".
 * A cell spanning n grid columns ({@code w:gridSpan}) is followed by n − 1 blank cells and a row's
 * skipped leading grid columns ({@code w:gridBefore}) are blank cells, so columns line up as in the
 * grid; a vertically merged continuation cell ({@code w:vMerge} without "restart") is blank, as text
 * converters write it. A table nested in a cell is flattened into that cell's text: one line per row,
 * its cells joined by " | ". The first row is a header row when Word repeats it on each page
 * ({@code w:tblHeader}).
 *
 * <p><b>Not read</b>: headers, footers, footnotes, comments, text boxes, pictures and embedded
 * objects. Tracked changes are read as Word's text of the runs.
 *
 * <p><b>Safety.</b> Before POI parses anything, the file is checked against {@link ReadLimits}: its
 * size, its kind by content (magic bytes, not the extension), encryption (an OLE2 container holding
 * {@code EncryptionInfo}), and every ZIP entry inflated once (truncation, damage, total size,
 * compression ratio, DOCTYPE declarations). Each refusal is an {@link UnreadableFileException} with a
 * stable code. POI's own defences (its XML parsers refuse external entities; its ZIP reader has its
 * own inflate-ratio check) stay on behind these.
 */
public final class DocxReader {

    /** Extensions of Office files: a file named so is read (or refused) as Office, never as text. */
    private static final Set<String> OFFICE_EXTENSIONS = Set.of(
            "docx", "docm", "dotx", "dotm", "doc", "xlsx", "xlsm", "xls", "pptx", "ppt");

    /** Nested tables deeper than this are not flattened further (their text is left out and reported). */
    private static final int MAX_NESTING = 16;

    private DocxReader() {
    }

    /**
     * Whether {@code file} is to be read as an Office file: its content starts like a ZIP archive or an
     * OLE2 container, or its extension is an Office one. Does not throw; a file that cannot be opened
     * is judged by its name alone.
     */
    public static boolean isOfficeFile(Path file) {
        Path name = file.getFileName();
        if (isOfficeFile(name == null ? "" : name.toString(), new byte[0])) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return isOfficeFile("", in.readNBytes(8));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The same choice for a file held in memory (an upload): {@code name} is the file's name (only its
     * extension counts), {@code head} its first bytes (all of it will do). Does not throw.
     */
    public static boolean isOfficeFile(String name, byte[] head) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot >= 0 && OFFICE_EXTENSIONS.contains(lower.substring(dot + 1))) {
            return true;
        }
        return head != null && (OfficeZip.isZip(head) || OfficeZip.isOle2(head));
    }

    /** Reads {@code file} within {@link ReadLimits#DEFAULTS}. */
    public static PublishedDocument read(Path file) {
        return read(file, ReadLimits.DEFAULTS);
    }

    /**
     * Reads {@code file}; the document's source is the path as given.
     *
     * @throws UnreadableFileException when the file is missing, too large, not a .docx, encrypted,
     *                                 corrupt, a zip bomb, declares a DOCTYPE, or has too many lines or cells
     */
    public static PublishedDocument read(Path file, ReadLimits limits) {
        String source = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableFileException(Code.NOT_FOUND, source, "不存在或不是普通文件");
            }
            if (Files.size(file) > limits.maxFileBytes()) {
                throw tooLarge(source, limits);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(source, in, limits);
            }
        } catch (IOException e) {
            throw new UnreadableFileException(Code.NOT_FOUND, source, "无法读取（" + e.getMessage() + "）", e);
        }
    }

    /** Reads a .docx from {@code in} (not closed), at most {@link ReadLimits#maxFileBytes()} bytes of it. */
    public static PublishedDocument read(String source, InputStream in, ReadLimits limits) throws IOException {
        byte[] bytes = OfficeZip.readAtMost(in, limits.maxFileBytes());
        if (bytes.length > limits.maxFileBytes()) {
            throw tooLarge(source, limits);
        }
        return read(source, bytes, limits);
    }

    /** Reads a .docx held in {@code bytes}. */
    public static PublishedDocument read(String source, byte[] bytes, ReadLimits limits) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(limits, "limits");
        if (bytes.length > limits.maxFileBytes()) {
            throw tooLarge(source, limits);
        }
        if (OfficeZip.isOle2(bytes)) {
            throw ole2(source, bytes);
        }
        if (!OfficeZip.isZip(bytes)) {
            throw new UnreadableFileException(Code.NOT_DOCX, source,
                    "不是 Word 文档（.docx）：内容不是 ZIP 格式的 Office 文件，可能只是改了扩展名；文本报告请另存为 .md 或 .txt");
        }
        Set<String> names = OfficeZip.check(source, bytes, limits, "Word 文档", OfficeZip.Reading.LOCAL_HEADERS);
        if (names.contains("xl/workbook.xml")) {
            throw new UnreadableFileException(Code.UNSUPPORTED, source,
                    "是 Excel 工作簿（.xlsx）；审核只读 Word（.docx）、文本和 Markdown，填好的 Excel 自评表请用导入功能读取");
        }
        if (names.contains("ppt/presentation.xml")) {
            throw new UnreadableFileException(Code.UNSUPPORTED, source, "是 PowerPoint 演示文稿；只能审核 Word（.docx）、文本和 Markdown");
        }
        if (!names.contains("[Content_Types].xml")) {
            throw new UnreadableFileException(Code.NOT_DOCX, source, "是 ZIP 压缩包，不是 Word 文档（.docx）");
        }
        XWPFDocument document;
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            document = new XWPFDocument(pkg);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw new UnreadableFileException(Code.CORRUPT, source,
                    "无法作为 Word 文档读取，可能已损坏或不是 .docx（" + e.getMessage() + "）", e);
        }
        try (document) {
            return new Walker(source, limits).read(document);
        } catch (IOException e) {
            throw new UnreadableFileException(Code.CORRUPT, source, "无法作为 Word 文档读取（" + e.getMessage() + "）", e);
        }
    }

    private static UnreadableFileException tooLarge(String source, ReadLimits limits) {
        return new UnreadableFileException(Code.FILE_TOO_LARGE, source, "超过 " + limits.maxFileMegabytes() + " MB，已拒绝读取；请拆分后再审核");
    }

    /** Why an OLE2 container (encrypted OOXML, or a Word 97–2003 / Excel 97–2003 file) is refused. */
    private static UnreadableFileException ole2(String source, byte[] bytes) {
        return switch (OfficeZip.ole2(source, bytes)) {
            case ENCRYPTED -> new UnreadableFileException(Code.ENCRYPTED, source, "已加密（设有打开密码），无法读取；请在 Word 中去掉密码后另存为 .docx 再审核");
            case WORD -> new UnreadableFileException(Code.UNSUPPORTED, source, "是 Word 97–2003 格式（.doc）；请在 Word 中另存为 .docx 再审核");
            case EXCEL -> new UnreadableFileException(Code.UNSUPPORTED, source, "是 Excel 97–2003 工作簿（.xls）；目前只能审核 Word（.docx）、文本和 Markdown");
            case OTHER -> new UnreadableFileException(Code.NOT_DOCX, source, "是 OLE2 复合文档，不是 Word 文档（.docx）");
        };
    }

    // ------------------------------------------------------------------ one document

    private static final class Walker {
        private final String source;
        private final ReadLimits limits;
        private final PublishedDocumentBuilder builder;
        private int line;
        private int cells;

        Walker(String source, ReadLimits limits) {
            this.source = source;
            this.limits = limits;
            this.builder = new PublishedDocumentBuilder(source);
        }

        PublishedDocument read(XWPFDocument document) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    prose(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    table(table);
                } else if (element instanceof XWPFSDT sdt) {
                    prose(sdt.getContent().getText());
                }
            }
            return builder.build();
        }

        private void nextLine() {
            line++;
            if (line > limits.maxLines()) {
                throw new UnreadableFileException(Code.TOO_MANY_LINES, source,
                        "的段落和表格行超过 " + limits.maxLines() + " 个，已拒绝读取；请拆分后再审核");
            }
        }

        private void prose(String text) {
            nextLine();
            if (text == null || text.isEmpty()) {
                builder.blank(line);
                return;
            }
            for (String part : text.split("\r\n|\r|\n|\u000B", -1)) {
                builder.prose(line, part);
            }
        }

        private void table(XWPFTable table) {
            List<PublishedTable.Row> rows = new ArrayList<>();
            int first = line + 1;
            int width = 0;
            for (XWPFTableRow row : table.getRows()) {
                nextLine();
                List<String> texts = row(row, 0);
                if (texts.size() > limits.maxCellsPerRow()) {
                    builder.unreadable(line, "", "这一行有 " + texts.size() + " 个单元格，超过上限 " + limits.maxCellsPerRow() + "，不像表格行");
                    continue;
                }
                cells += texts.size();
                if (cells > limits.maxCells()) {
                    throw new UnreadableFileException(Code.TOO_MANY_CELLS, source,
                            "的表格单元格超过 " + limits.maxCells() + " 个，已拒绝读取；请拆分后再审核");
                }
                width = Math.max(width, texts.size());
                rows.add(new PublishedTable.Row(line, texts));
            }
            if (rows.isEmpty()) {
                return;
            }
            int grid = table.getCTTbl().getTblGrid() == null ? 0 : table.getCTTbl().getTblGrid().sizeOfGridColArray();
            boolean header = !table.getRows().isEmpty() && table.getRows().get(0).isRepeatHeader();
            builder.tablePiece(new TablePiece(first, grid > 0 ? grid : width, header, rows));
        }

        /** The cells of {@code row}, merged cells expanded to blanks; stops expanding past the per-row limit. */
        private List<String> row(XWPFTableRow row, int depth) {
            List<String> texts = new ArrayList<>();
            int limit = limits.maxCellsPerRow() + 1;
            blanks(texts, gridBefore(row), limit);
            for (ICell icell : row.getTableICells()) {
                if (icell instanceof XWPFTableCell cell) {
                    CTTcPr pr = cell.getCTTc().getTcPr();
                    boolean continuation = pr != null && ((pr.isSetVMerge() && pr.getVMerge().getVal() != STMerge.RESTART)
                            || (pr.isSetHMerge() && pr.getHMerge().getVal() != STMerge.RESTART));
                    add(texts, continuation ? "" : cellText(cell, depth), limit);
                    BigInteger span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal() : null;
                    if (span != null && span.signum() > 0) {
                        blanks(texts, span.min(BigInteger.valueOf(limit)).intValue() - 1, limit);
                    }
                } else if (icell instanceof XWPFSDTCell sdt) {
                    add(texts, clean(sdt.getContent().getText()), limit);
                }
            }
            return texts;
        }

        private static int gridBefore(XWPFTableRow row) {
            CTTrPr pr = row.getCtRow().getTrPr();
            if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
                return 0;
            }
            CTDecimalNumber before = pr.getGridBeforeArray(0);
            BigInteger value = before.getVal();
            return value == null || value.signum() <= 0 ? 0 : value.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
        }

        private static void blanks(List<String> texts, int count, int limit) {
            for (int i = 0; i < count && texts.size() < limit; i++) {
                texts.add("");
            }
        }

        private static void add(List<String> texts, String text, int limit) {
            if (texts.size() < limit) {
                texts.add(text);
            }
        }

        /** A cell's paragraphs, trimmed, blank ones dropped, joined by "\n"; nested tables flattened. */
        private String cellText(XWPFTableCell cell, int depth) {
            List<String> parts = new ArrayList<>();
            for (IBodyElement element : cell.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    addLines(parts, paragraph.getText());
                } else if (element instanceof XWPFTable nested) {
                    if (depth >= MAX_NESTING) {
                        builder.unreadable(line, "", "表格嵌套超过 " + MAX_NESTING + " 层，更深的内容没有读取");
                        continue;
                    }
                    for (XWPFTableRow row : nested.getRows()) {
                        List<String> nestedCells = row(row, depth + 1);
                        cells += nestedCells.size();
                        if (cells > limits.maxCells()) {
                            throw new UnreadableFileException(Code.TOO_MANY_CELLS, source,
                                    "的表格单元格超过 " + limits.maxCells() + " 个，已拒绝读取；请拆分后再审核");
                        }
                        List<String> nonBlank = nestedCells.stream().filter(s -> !s.isBlank()).toList();
                        addLines(parts, String.join(" | ", nonBlank));
                    }
                } else if (element instanceof XWPFSDT sdt) {
                    addLines(parts, sdt.getContent().getText());
                }
            }
            return String.join("\n", parts);
        }

        private static void addLines(List<String> parts, String text) {
            if (text == null) {
                return;
            }
            for (String part : text.split("\r\n|\r|\n|\u000B")) {
                String clean = clean(part);
                if (!clean.isEmpty()) {
                    parts.add(clean);
                }
            }
        }

        private static String clean(String text) {
            return text == null ? "" : text.strip().replaceAll("^[\\s\u3000\u00A0\uFEFF\u200B]+|[\\s\u3000\u00A0\uFEFF\u200B]+$", "");
        }
    }
}
