package org.jixiao.formats.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.formats.report.Report.Block;
import org.jixiao.formats.report.Report.Column;
import org.jixiao.formats.report.Report.Figure;
import org.jixiao.formats.report.Report.Paragraph;
import org.jixiao.formats.report.Report.Row;
import org.jixiao.formats.report.Report.RowStyle;
import org.jixiao.formats.report.Report.Section;
import org.jixiao.formats.report.Report.Subheading;
import org.jixiao.formats.report.Report.Table;
import org.jixiao.formats.xlsx.SafeText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a {@link Report} as a Word document (.docx, Apache POI XWPF): A4 portrait; the title and
 * section headings as real heading styles (标题, 标题 1, 标题 2, so Word's navigation pane lists
 * them); paragraphs indented two characters; every table a real Word table at full text width whose
 * heading row Word repeats on each page ({@code w:tblHeader}) and whose rows do not split across
 * pages; a two-row heading has real merged cells (a group over its columns with {@code w:gridSpan},
 * an ungrouped column's cell over both rows with {@code w:vMerge}), and so does a row's spanning first
 * cell. A figure is an inline PNG picture, centred, its caption below it. Chinese text is set in 宋体
 * (SimSun), the usual face of such reports; Word or LibreOffice substitutes an installed Chinese font
 * where it is missing. The placeholder {@link Report#PLACEHOLDER} is highlighted yellow.
 */
public final class DocxReport {

    /** A4 in twentieths of a point (210 × 297 mm). */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    /** Margins: 2 cm top and bottom, 1.8 cm left and right. */
    static final int MARGIN_TB = 1134;
    static final int MARGIN_LR = 1021;
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_LR;

    private static final String EAST_ASIAN = "宋体";
    private static final String LATIN = "Times New Roman";

    private DocxReport() {
    }

    /** Writes the report to {@code out} (left open). */
    public static void write(Report report, OutputStream out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            styles(doc);
            doc.getProperties().getCoreProperties().setTitle(SafeText.xmlLegal(report.title()));
            doc.getProperties().getCoreProperties().setCreator("Jixiao");
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.setAlignment(ParagraphAlignment.CENTER);
            text(title, report.title(), false, 0);
            for (Section section : report.sections()) {
                XWPFParagraph heading = doc.createParagraph();
                heading.setStyle("Heading1");
                text(heading, section.heading(), false, 0);
                for (Block block : section.blocks()) {
                    if (block instanceof Subheading s) {
                        XWPFParagraph p = doc.createParagraph();
                        p.setStyle("Heading2");
                        text(p, s.text(), false, 0);
                    } else if (block instanceof Paragraph para) {
                        XWPFParagraph p = doc.createParagraph();
                        p.setIndentationFirstLine(420); // two characters of 10.5 pt
                        p.setSpacingAfter(60);
                        text(p, para.text(), false, 0);
                    } else if (block instanceof Table t) {
                        table(doc, t);
                        doc.createParagraph(); // Word needs a paragraph between two tables, and it gives air
                    } else if (block instanceof Figure f) {
                        figure(doc, f);
                    }
                }
            }
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Word 报告写出失败：" + e.getMessage(), e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TB));
        margins.setBottom(BigInteger.valueOf(MARGIN_TB));
        margins.setLeft(BigInteger.valueOf(MARGIN_LR));
        margins.setRight(BigInteger.valueOf(MARGIN_LR));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN);
        fonts.setHAnsi(LATIN);
        fonts.setEastAsia(EAST_ASIAN);
        styles.setDefaultFonts(fonts);
        styles.addStyle(heading("Title", "Title", -1, 36));
        styles.addStyle(heading("Heading1", "heading 1", 0, 30));
        styles.addStyle(heading("Heading2", "heading 2", 1, 24));
    }

    /** A paragraph style: bold, {@code halfPoints} large, at an outline level (−1: none). */
    private static XWPFStyle heading(String id, String name, int outline, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        CTPPrGeneral ppr = style.addNewPPr();
        ppr.addNewKeepNext();
        ppr.addNewSpacing().setBefore(BigInteger.valueOf(outline < 0 ? 0 : 200));
        ppr.getSpacing().setAfter(BigInteger.valueOf(120));
        if (outline >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr rpr = style.addNewRPr();
        rpr.addNewB();
        rpr.addNewBCs();
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setEastAsia("黑体");
        return new XWPFStyle(style);
    }

    private static void table(XWPFDocument doc, Table table) {
        List<Column> columns = table.columns();
        int headerRows = table.grouped() ? 2 : 1;
        XWPFTable t = doc.createTable(table.rows().size() + headerRows, columns.size());
        t.setWidthType(TableWidthType.PCT);
        t.setWidth("100%");
        t.setTableAlignment(TableRowAlign.CENTER);
        t.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        // 0.1 cm left and right in a cell instead of Word's 0.19 cm: narrow number columns keep "528.68" on one line
        CTTblCellMar margins = t.getCTTbl().getTblPr().addNewTblCellMar();
        for (CTTblWidth side : new CTTblWidth[] {margins.addNewLeft(), margins.addNewRight()}) {
            side.setW(BigInteger.valueOf(57));
            side.setType(STTblWidth.DXA);
        }
        int total = columns.stream().mapToInt(Column::percent).sum();
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = TEXT_WIDTH * columns.get(c).percent() / total;
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
        }
        if (headerRows == 1) {
            XWPFTableRow header = headerRow(t, 0);
            for (int c = 0; c < columns.size(); c++) {
                headerCell(header.getCell(c), widths[c], columns.get(c).heading());
            }
        } else {
            groupedHeader(t, table, widths);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            XWPFTableRow out = t.getRow(r + headerRows);
            out.setCantSplitRow(true);
            // the cells a spanning first cell covers are removed: the grid span stands for them
            for (int c = row.span() - 1; c > 0; c--) {
                out.removeCell(c);
            }
            for (int c = 0, cell = 0; c < columns.size(); c += c == 0 ? row.span() : 1, cell++) {
                XWPFTableCell x = out.getCell(cell);
                int width = c == 0 ? sum(widths, 0, row.span()) : widths[c];
                if (c == 0 && row.span() > 1) {
                    tcPr(x).addNewGridSpan().setVal(BigInteger.valueOf(row.span()));
                }
                cell(x, width, row.cells().get(c), row.style() == RowStyle.TOTAL,
                        columns.get(c).numeric() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                if (row.style() != RowStyle.NORMAL) {
                    x.setColor(row.style() == RowStyle.TOTAL ? "E8E8E8" : "F4F4F4");
                }
            }
        }
    }

    /**
     * Two heading rows: a group's name in one cell spanning its columns ({@code w:gridSpan}) above
     * their headings; a column without a group in a cell merged over both rows ({@code w:vMerge}).
     */
    private static void groupedHeader(XWPFTable t, Table table, int[] widths) {
        List<Column> columns = table.columns();
        XWPFTableRow top = headerRow(t, 0);
        XWPFTableRow second = headerRow(t, 1);
        // the top row has one cell per group and per ungrouped column: the cells a group's span stands
        // for are removed (all are still empty, so the last ones)
        int topCells = topIndex(table, columns.size() - 1) + 1;
        while (top.getTableCells().size() > topCells) {
            top.removeCell(top.getTableCells().size() - 1);
        }
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            XWPFTableCell below = second.getCell(c);
            if (column.group().isEmpty()) {
                XWPFTableCell above = top.getCell(topIndex(table, c));
                headerCell(above, widths[c], column.heading());
                tcPr(above).addNewVMerge().setVal(STMerge.RESTART);
                headerCell(below, widths[c], "");
                tcPr(below).addNewVMerge(); // no value: continues the cell above
            } else {
                if (table.startsGroup(c)) {
                    int span = table.groupSpan(c);
                    XWPFTableCell above = top.getCell(topIndex(table, c));
                    headerCell(above, sum(widths, c, span), column.group());
                    if (span > 1) {
                        tcPr(above).addNewGridSpan().setVal(BigInteger.valueOf(span));
                    }
                }
                headerCell(below, widths[c], column.heading());
            }
        }
    }

    /** The index in the top heading row of the cell over column {@code c} (a group's cell counts once). */
    private static int topIndex(Table table, int c) {
        int index = 0;
        for (int i = 0; i < c; i++) {
            if (table.columns().get(i).group().isEmpty() || table.startsGroup(i)) {
                index++;
            }
        }
        return table.columns().get(c).group().isEmpty() || table.startsGroup(c) ? index : index - 1;
    }

    private static XWPFTableRow headerRow(XWPFTable t, int index) {
        XWPFTableRow row = t.getRow(index);
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        return row;
    }

    private static void headerCell(XWPFTableCell cell, int width, String text) {
        cell(cell, width, text, true, ParagraphAlignment.CENTER);
        cell.setColor("E8E8E8");
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    }

    private static int sum(int[] widths, int from, int count) {
        int sum = 0;
        for (int i = from; i < from + count; i++) {
            sum += widths[i];
        }
        return sum;
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    /** The picture centred at its share of the text width, its caption centred below it. */
    private static void figure(XWPFDocument doc, Figure figure) throws IOException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        p.setKeepNext(true);
        double widthPt = TEXT_WIDTH / 20.0 * figure.percent() / 100.0;
        double heightPt = widthPt * figure.height() / figure.width();
        try {
            p.createRun().addPicture(new ByteArrayInputStream(figure.png()), Document.PICTURE_TYPE_PNG,
                    "figure" + (doc.getAllPictures().size() + 1) + ".png", Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (InvalidFormatException e) {
            throw new IOException("图“" + figure.caption() + "”无法嵌入：" + e.getMessage(), e);
        }
        XWPFParagraph caption = doc.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.setSpacingAfter(120);
        text(caption, figure.caption(), false, 20);
    }

    private static void cell(XWPFTableCell cell, int width, String text, boolean bold, ParagraphAlignment align) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(width));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        p.setSpacingAfter(0);
        text(p, text, bold, 18);
    }

    /** Runs for a text: lines joined by breaks, the placeholder highlighted; {@code halfPoints} 0 keeps the style's size. */
    private static void text(XWPFParagraph p, String text, boolean bold, int halfPoints) {
        String[] lines = SafeText.xmlLegal(text).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            int from = 0;
            boolean first = true;
            while (from <= line.length()) {
                int at = line.indexOf(Report.PLACEHOLDER, from);
                String plain = at < 0 ? line.substring(from) : line.substring(from, at);
                XWPFRun run = run(p, bold, halfPoints);
                if (first && l > 0) {
                    run.addBreak();
                }
                first = false;
                run.setText(plain);
                if (at < 0) {
                    break;
                }
                XWPFRun marked = run(p, bold, halfPoints);
                marked.setText(Report.PLACEHOLDER);
                marked.setTextHighlightColor("yellow");
                from = at + Report.PLACEHOLDER.length();
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, boolean bold, int halfPoints) {
        XWPFRun run = p.createRun();
        if (bold) {
            run.setBold(true);
        }
        if (halfPoints > 0) {
            run.setFontSize(halfPoints / 2.0);
        }
        return run;
    }
}
