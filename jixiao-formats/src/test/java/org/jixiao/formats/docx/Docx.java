package org.jixiao.formats.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * Test helpers: a {@link PublishedDocument} written back as a Word document (its paragraphs and
 * tables in line order, a cell followed by blank cells written as one cell spanning them), and ZIP
 * archives rewritten entry by entry.
 */
final class Docx {

    private Docx() {
    }

    /** {@code document} as a .docx: paragraphs and tables in the order of their lines. */
    static byte[] write(PublishedDocument document) {
        record Block(int line, PublishedDocument.Paragraph paragraph, PublishedTable table) {
        }
        List<Block> blocks = new ArrayList<>();
        document.paragraphs().forEach(p -> blocks.add(new Block(p.line(), p, null)));
        document.tables().forEach(t -> blocks.add(new Block(t.line(), null, t)));
        blocks.sort((a, b) -> Integer.compare(a.line(), b.line()));
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block block : blocks) {
                if (block.paragraph() != null) {
                    docx.createParagraph().createRun().setText(block.paragraph().text());
                } else {
                    table(docx, block.table().rows());
                    // Word needs a paragraph between two tables, or it merges them into one.
                    docx.createParagraph();
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table of {@code rows}; a non-blank cell followed by blank cells becomes one cell spanning them. */
    static XWPFTable table(XWPFDocument docx, List<PublishedTable.Row> rows) {
        XWPFTable table = docx.createTable();
        table.removeRow(0);
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int i = 0; i < width; i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(1000));
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r).cells();
            XWPFTableRow row = table.insertNewTableRow(r);
            for (int c = 0; c < cells.size(); ) {
                int span = 1;
                if (!cells.get(c).isBlank()) {
                    while (c + span < cells.size() && cells.get(c + span).isEmpty()) {
                        span++;
                    }
                }
                XWPFTableCell cell = row.addNewTableCell();
                text(cell, cells.get(c));
                if (span > 1) {
                    cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                c += span;
            }
        }
        return table;
    }

    /** Sets a cell's text, one paragraph per line. */
    static void text(XWPFTableCell cell, String text) {
        String[] lines = text.split("\n", -1);
        XWPFParagraph first = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        first.createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            cell.addParagraph().createRun().setText(lines[i]);
        }
    }

    /** A small document: a title, a paragraph with {@code marker}, a 2 × 2 table. */
    static byte[] small(String marker) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.createParagraph().createRun().setText("项目支出绩效自评表");
            docx.createParagraph().createRun().setText(marker);
            table(docx, List.of(new PublishedTable.Row(1, List.of("指标", "得分")), new PublishedTable.Row(2, List.of("时效", "5"))));
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code zip} with the text of entry {@code name} changed by {@code change} (read and written as UTF-8). */
    static byte[] rewrite(byte[] zip, String name, UnaryOperator<String> change) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    content = change.apply(new String(content, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
