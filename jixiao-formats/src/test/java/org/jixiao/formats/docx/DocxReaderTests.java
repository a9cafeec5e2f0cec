package org.jixiao.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.core.review.PublishedDocument;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.UnreadableFileException;
import org.jixiao.formats.UnreadableFileException.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Reading .docx: cells, merges, nesting and lines; and every kind of bad file refused with its code. */
class DocxReaderTests {

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static Code refusal(Path file) {
        return refusal(file, ReadLimits.DEFAULTS);
    }

    private static Code refusal(Path file, ReadLimits limits) {
        try {
            DocxReader.read(file, limits);
        } catch (UnreadableFileException e) {
            assertThat(e.getMessage()).startsWith("文件“" + file + "”").endsWith("［" + e.code() + "］");
            return e.code();
        }
        throw new AssertionError("read " + file + " without refusing it");
    }

    // ------------------------------------------------------------------ reading

    @Test
    void paragraphsAndRowsAreNumberedInDocumentOrder() throws IOException {
        PublishedDocument doc = DocxReader.read(file("small.docx", Docx.small("说明")));

        assertThat(doc.paragraphs()).extracting(PublishedDocument.Paragraph::line, PublishedDocument.Paragraph::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "项目支出绩效自评表"),
                        org.assertj.core.groups.Tuple.tuple(2, "说明"));
        PublishedTable table = doc.tables().get(0);
        assertThat(table.line()).isEqualTo(3);
        assertThat(table.rows()).extracting(PublishedTable.Row::line).containsExactly(3, 4);
        assertThat(table.rows()).extracting(PublishedTable.Row::cells)
                .containsExactly(List.of("指标", "得分"), List.of("时效", "5"));
        assertThat(doc.unreadable()).isEmpty();
    }

    @Test
    void mergedCellsAreBlankSoColumnsLineUpAndNestedTablesBecomeText() throws IOException {
        byte[] bytes;
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.createParagraph().createRun().setText("合并单元格");
            XWPFTable table = Docx.table(docx, List.of(
                    new PublishedTable.Row(1, List.of("资金", "", "", "得分")),   // gridSpan 3
                    new PublishedTable.Row(2, List.of("产出", "数量", "5", "5")),
                    new PublishedTable.Row(3, List.of("x", "质量", "4", "4")),
                    new PublishedTable.Row(4, List.of("第一段\n第二段", "y", "z"))));
            // "产出" continues down over row 3: vMerge restart / continue.
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
            // Row 4 skips its first grid column.
            table.getRow(3).getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
            // A table nested in the last cell of row 4.
            XWPFTableCell last = table.getRow(3).getCell(2);
            XWPFTable nested = last.insertNewTbl(last.getCTTc().addNewP().newCursor());
            XWPFTableRow nestedRow = nested.createRow();
            nestedRow.addNewTableCell().setText("甲");
            nestedRow.addNewTableCell().setText("乙");
            docx.write(out);
            bytes = out.toByteArray();
        }

        PublishedTable table = DocxReader.read(file("merged.docx", bytes)).tables().get(0);

        assertThat(table.title()).isEqualTo("合并单元格");
        assertThat(table.rows()).extracting(PublishedTable.Row::cells).containsExactly(
                List.of("资金", "", "", "得分"),
                List.of("产出", "数量", "5", "5"),
                List.of("", "质量", "4", "4"),
                List.of("", "第一段\n第二段", "y", "z\n甲 | 乙"));
    }

    @Test
    void aFileNamedOrMadeLikeAnOfficeFileIsReadAsOne() throws IOException {
        Path renamed = file("report.md", Docx.small("x"));
        Path text = file("report.txt", "某单位 2024 年度".getBytes(StandardCharsets.UTF_8));
        Path named = file("empty.docx", new byte[0]);

        assertThat(DocxReader.isOfficeFile(renamed)).isTrue();
        assertThat(DocxReader.isOfficeFile(named)).isTrue();
        assertThat(DocxReader.isOfficeFile(text)).isFalse();
    }

    // ------------------------------------------------------------------ refusals

    @Test
    void aTextFileRenamedDocxIsNotADocx() throws IOException {
        assertThat(refusal(file("report.docx", "| 指标 | 得分 |\n|---|---|\n| 时效 | 5 |\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Code.NOT_DOCX);
        assertThat(refusal(file("empty.docx", new byte[0]))).isEqualTo(Code.NOT_DOCX);
    }

    @Test
    void aZipThatIsNotAWordDocumentIsNotADocx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(refusal(file("archive.docx", bytes.toByteArray()))).isEqualTo(Code.NOT_DOCX);
    }

    @Test
    void aWorkbookIsRefusedAsUnsupportedWhateverItsName() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("绩效").createRow(0).createCell(0).setCellValue("得分");
            workbook.write(bytes);
        }
        Path xlsx = file("targets.xlsx", bytes.toByteArray());
        Path disguised = file("targets.docx", bytes.toByteArray());

        assertThat(refusal(xlsx)).isEqualTo(Code.UNSUPPORTED);
        assertThat(refusal(disguised)).isEqualTo(Code.UNSUPPORTED);
        assertThatThrownBy(() -> DocxReader.read(xlsx)).hasMessageContaining("Excel 工作簿（.xlsx）");
    }

    @Test
    void anEncryptedDocumentIsRefused() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("密码123");
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(Docx.small("机密")));
             OutputStream os = encryptor.getDataStream(fs)) {
            opc.save(os);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        fs.writeFilesystem(bytes);
        fs.close();

        Path encrypted = file("encrypted.docx", bytes.toByteArray());

        assertThat(refusal(encrypted)).isEqualTo(Code.ENCRYPTED);
        assertThatThrownBy(() -> DocxReader.read(encrypted)).hasMessageContaining("已加密");
    }

    @Test
    void aTruncatedZipIsCorrupt() throws IOException {
        byte[] whole = Docx.small("完整");
        assertThat(refusal(file("cut.docx", Arrays.copyOf(whole, whole.length / 2)))).isEqualTo(Code.CORRUPT);
        assertThat(refusal(file("cut-end.docx", Arrays.copyOf(whole, whole.length - 10)))).isEqualTo(Code.CORRUPT);
    }

    @Test
    void aHighlyCompressedEntryIsAZipBomb() throws IOException {
        // 50 MB of zeros deflate to about 50 KB: a ratio near 1000, ten times the limit.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(200 * 1024);

        assertThat(refusal(file("bomb.docx", bytes.toByteArray()))).isEqualTo(Code.ZIP_BOMB);
    }

    @Test
    void theLimitsAreTheReadLimitsGiven() throws IOException {
        Path small = file("small.docx", Docx.small("说明"));
        ReadLimits d = ReadLimits.DEFAULTS;

        assertThat(refusal(small, new ReadLimits(1000, d.maxUncompressedBytes(), d.maxEntries(), d.maxCompressionRatio(),
                d.maxLines(), d.maxCells(), d.maxCellsPerRow()))).isEqualTo(Code.FILE_TOO_LARGE);
        assertThat(refusal(small, new ReadLimits(d.maxFileBytes(), 2000, d.maxEntries(), d.maxCompressionRatio(),
                d.maxLines(), d.maxCells(), d.maxCellsPerRow()))).isEqualTo(Code.ZIP_BOMB);
        assertThat(refusal(small, new ReadLimits(d.maxFileBytes(), d.maxUncompressedBytes(), 3, d.maxCompressionRatio(),
                d.maxLines(), d.maxCells(), d.maxCellsPerRow()))).isEqualTo(Code.ZIP_BOMB);
        assertThat(refusal(small, new ReadLimits(d.maxFileBytes(), d.maxUncompressedBytes(), d.maxEntries(), d.maxCompressionRatio(),
                3, d.maxCells(), d.maxCellsPerRow()))).isEqualTo(Code.TOO_MANY_LINES);
        assertThat(refusal(small, new ReadLimits(d.maxFileBytes(), d.maxUncompressedBytes(), d.maxEntries(), d.maxCompressionRatio(),
                d.maxLines(), 3, d.maxCellsPerRow()))).isEqualTo(Code.TOO_MANY_CELLS);
        assertThat(DocxReader.read(small, d).tables()).hasSize(1);
    }

    @Test
    void aMissingFileIsNotFound() {
        assertThat(refusal(dir.resolve("nowhere.docx"))).isEqualTo(Code.NOT_FOUND);
    }

    // ------------------------------------------------------------------ XML external entities

    /** A document whose document.xml declares an external entity naming {@code secret} and uses it in a paragraph. */
    private static byte[] xxe(Path secret) {
        return Docx.rewrite(Docx.small("XXE_MARKER"), "word/document.xml", xml -> {
            String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
            int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
            return xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration).replace("XXE_MARKER", "&xxe;");
        });
    }

    @Test
    void aDoctypeIsRefusedBeforePoiSeesIt() throws IOException {
        Path secret = file("secret.txt", "TOP-SECRET-4711".getBytes(StandardCharsets.UTF_8));
        Path hostile = file("xxe.docx", xxe(secret));

        assertThat(refusal(hostile)).isEqualTo(Code.XXE);
        assertThatThrownBy(() -> DocxReader.read(hostile)).hasMessageNotContaining("TOP-SECRET-4711");
    }

    @Test
    void poiBehindTheCheckDoesNotResolveTheExternalEntityEither() throws IOException {
        Path secret = file("secret.txt", "TOP-SECRET-4711".getBytes(StandardCharsets.UTF_8));
        byte[] hostile = xxe(secret);
        assertThat(new String(hostile, StandardCharsets.ISO_8859_1)).doesNotContain("TOP-SECRET-4711");

        // Straight into POI, without DocxReader's check: it either refuses the document or reads it
        // without the file's content.
        String text;
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(hostile));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            text = extractor.getText();
        } catch (Exception refused) {
            text = String.valueOf(refused.getMessage());
        }
        assertThat(text).doesNotContain("TOP-SECRET-4711");
    }
}
