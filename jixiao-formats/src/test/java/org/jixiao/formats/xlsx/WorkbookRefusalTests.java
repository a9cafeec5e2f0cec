package org.jixiao.formats.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.UnreadableFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad workbook is refused with its stable code: files that are not what they claim or
 * are hostile ({@link UnreadableFileException}, before the parser or at the first row past a limit),
 * and forms that cannot be imported ({@link WorkbookImportException}, with every problem, its sheet
 * and cell).
 */
class WorkbookRefusalTests {

    private static final Framework BAOTOU = ShippedFrameworks.get("baotou-2024-sanxiang-gaige");
    private static final List<Framework> ALL = ShippedFrameworks.all();

    @TempDir
    Path dir;

    private static UnreadableFileException.Code refusal(byte[] bytes) {
        return refusal(bytes, ReadLimits.DEFAULTS);
    }

    private static UnreadableFileException.Code refusal(byte[] bytes, ReadLimits limits) {
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> WorkbookImport.read("表.xlsx", bytes, ALL, limits));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.getMessage()).startsWith("文件“表.xlsx”").endsWith("［" + e.code() + "］");
        return e.code();
    }

    private static WorkbookImportException problems(byte[] bytes, List<Framework> candidates) {
        WorkbookImportException e = catchThrowableOfType(WorkbookImportException.class,
                () -> WorkbookImport.read("表.xlsx", bytes, candidates, ReadLimits.DEFAULTS));
        assertThat(e).as("refused with problems").isNotNull();
        assertThat(e.errors()).isNotEmpty();
        assertThat(e.getMessage()).startsWith("工作簿“表.xlsx”有 " + e.errors().size() + " 处错误，未导入");
        return e;
    }

    private static ImportProblem only(WorkbookImportException e, ImportProblem.Code code) {
        List<ImportProblem> found = e.problems().stream().filter(p -> p.code() == code).toList();
        assertThat(found).as(code.name() + " in " + e.problems()).hasSize(1);
        return found.get(0);
    }

    private static XSSFWorkbook baotouTemplate() {
        return Workbooks.read(Forms.template(BAOTOU));
    }

    // ------------------------------------------------------------------ forms that cannot be imported

    @Test
    void aWorkbookThatIsNoFormIsTheWrongTemplate() {
        ByteArrayOutputStream list = new ByteArrayOutputStream();
        ListXlsx.write(list, ListHeadings.CHINESE, List.of(new ListRow("包头市电化教育馆", "教育三项改革资金", 2024, "草稿",
                null, "", 0, 0)));

        ImportProblem p = only(problems(list.toByteArray(), ALL), ImportProblem.Code.LAYOUT_UNKNOWN);
        assertThat(p.message()).contains("没有绩效自评表或绩效目标表");
        assertThat(p.found()).isEqualTo("绩效自评列表");
    }

    @Test
    void aHeadingRemovedIsAMissingColumn() {
        XSSFWorkbook book = baotouTemplate();
        XSSFSheet sheet = book.getSheetAt(0);
        Row header = sheet.getRow(Forms.headerRow(sheet));
        Forms.text(header, Forms.col(sheet, "实际完成值"), "完成情况说明");

        ImportProblem p = only(problems(Forms.bytes(book), ALL), ImportProblem.Code.MISSING_COLUMN);
        assertThat(p.sheet()).isEqualTo("项目支出绩效自评表");
        assertThat(p.cell()).isEqualTo("A" + (header.getRowNum() + 1));
        assertThat(p.expected()).isEqualTo("实际完成值");
        assertThat(p.found()).contains("三级指标", "完成情况说明");
    }

    @Test
    void textWhereANumberBelongsIsReportedCellByCellAllAtOnce() {
        XSSFWorkbook book = baotouTemplate();
        XSSFSheet sheet = book.getSheetAt(0);
        Row total = Forms.rowWith(sheet, 1, "年度资金总额").orElseThrow();
        Forms.text(total, 3, "三十四万");
        Row summer = Forms.indicatorRow(sheet, "暑假名师视界直播课节数");
        Forms.number(summer, Forms.col(sheet, "实际完成值"), 92);
        Forms.text(summer, Forms.col(sheet, "得分"), "约五分");
        Row unknown = Forms.indicatorRow(sheet, "直播课成功播出时长占比");
        Forms.text(unknown, Forms.col(sheet, "三级指标"), "直播课点赞数");

        WorkbookImportException e = problems(Forms.bytes(book), ALL);
        ImportProblem amount = e.errors().get(0);
        assertThat(amount.code()).isEqualTo(ImportProblem.Code.NOT_A_NUMBER);
        assertThat(amount.where()).isEqualTo("项目支出绩效自评表!D" + (total.getRowNum() + 1));
        assertThat(amount.found()).isEqualTo("三十四万");
        assertThat(amount.expected()).startsWith("金额（万元）");
        assertThat(amount.message()).isEqualTo("“年度资金总额”的全年预算数应为金额（万元）");
        assertThat(e.errors()).extracting(ImportProblem::code, ImportProblem::cell).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ImportProblem.Code.NOT_A_NUMBER, "D" + (total.getRowNum() + 1)),
                org.assertj.core.groups.Tuple.tuple(ImportProblem.Code.NOT_A_NUMBER, "H" + (summer.getRowNum() + 1)),
                org.assertj.core.groups.Tuple.tuple(ImportProblem.Code.UNKNOWN_INDICATOR, "C" + (unknown.getRowNum() + 1)));
        // the indicator renamed away is then missing: a warning beside the errors
        assertThat(e.problems()).anyMatch(p -> p.code() == ImportProblem.Code.INDICATOR_MISSING && !p.isError());
        assertThat(e.getMessage()).contains("项目支出绩效自评表!H" + (summer.getRowNum() + 1) + "：“暑假名师视界直播课节数”的得分应为数字（应为数字，如 5，实为约五分）［NOT_A_NUMBER］");
    }

    @Test
    void rowsThatCannotBeEnteredAreErrors() {
        XSSFWorkbook book = baotouTemplate();
        XSSFSheet sheet = book.getSheetAt(0);
        int score = Forms.col(sheet, "得分");
        int note = Forms.col(sheet, "备注");
        int level3 = Forms.col(sheet, "三级指标");
        Row port = Forms.indicatorRow(sheet, "同频互动设备端口服务费");
        Forms.text(port, Forms.col(sheet, "实际完成值"), "0");
        Forms.number(port, score, 8);                                    // a judgement above the weight of 5
        Row quality = Forms.indicatorRow(sheet, "直播课内容完好时长占比");
        Forms.text(quality, note, "不适用");                               // without a reason
        Forms.text(Forms.indicatorRow(sheet, "直播课成功播出时长占比"), level3, "直播课内容完好时长占比"); // twice
        Row broken = Forms.indicatorRow(sheet, "实现优质教育均衡");
        broken.getCell(score).setCellFormula("1/0");
        book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(broken.getCell(score));

        WorkbookImportException e = problems(Forms.bytes(book), ALL);
        assertThat(e.errors()).extracting(ImportProblem::code).containsExactlyInAnyOrder(ImportProblem.Code.REASON_MISSING,
                ImportProblem.Code.DUPLICATE_INDICATOR, ImportProblem.Code.SCORE_OUT_OF_RANGE, ImportProblem.Code.CELL_ERROR);
        ImportProblem range = only(e, ImportProblem.Code.SCORE_OUT_OF_RANGE);
        assertThat(range.expected()).isEqualTo("0～5");
        assertThat(range.found()).isEqualTo("8");
        assertThat(only(e, ImportProblem.Code.CELL_ERROR).found()).isEqualTo("#DIV/0!");
    }

    @Test
    void aRenamedSheetIsMissing() {
        XSSFWorkbook book = baotouTemplate();
        book.setSheetName(0, "Sheet1");

        ImportProblem p = only(problems(Forms.bytes(book), ALL), ImportProblem.Code.SHEET_MISSING);
        assertThat(p.expected()).isEqualTo("项目支出绩效自评表");
        assertThat(p.found()).isEqualTo("Sheet1");
    }

    @Test
    void theTemplatesFrameworkMustBeAvailableAndAHandMadeFormMustNameOne() {
        ImportProblem unknown = only(problems(Forms.template(BAOTOU), List.of(ShippedFrameworks.get("nanjing-department"))),
                ImportProblem.Code.FRAMEWORK_UNKNOWN);
        assertThat(unknown.expected()).isEqualTo("baotou-2024-sanxiang-gaige");

        // the same form without its marker, against frameworks none of whose indicators it names
        XSSFWorkbook book = baotouTemplate();
        book.removeSheetAt(book.getSheetIndex(TemplateMarker.SHEET));
        only(problems(Forms.bytes(book), List.of(ShippedFrameworks.get("nanjing-department"))),
                ImportProblem.Code.FRAMEWORK_NOT_MATCHED);
    }

    @Test
    void aMarkerFromANewerFormatIsRefused() {
        XSSFWorkbook book = baotouTemplate();
        XSSFSheet marker = book.getSheet(TemplateMarker.SHEET);
        Forms.text(marker.getRow(1), 1, "2");

        ImportProblem p = only(problems(Forms.bytes(book), ALL), ImportProblem.Code.MARKER_INVALID);
        assertThat(p.found()).isEqualTo("2");
        assertThat(p.message()).contains("更高版本");
    }

    // ------------------------------------------------------------------ files that are not what they claim

    @Test
    void textAWordDocumentAndAnOldWorkbookNamedXlsxAreRefused() throws IOException {
        assertThat(refusal("一级指标,二级指标,三级指标\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(UnreadableFileException.Code.NOT_XLSX);
        assertThat(refusal(new byte[0])).isEqualTo(UnreadableFileException.Code.NOT_XLSX);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument word = new XWPFDocument()) {
            word.createParagraph().createRun().setText("项目支出绩效自评表");
            word.write(docx);
        }
        assertThat(refusal(docx.toByteArray())).isEqualTo(UnreadableFileException.Code.NOT_XLSX);
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet("自评表").createRow(0).createCell(0).setCellValue("三级指标");
            old.write(xls);
        }
        assertThat(refusal(xls.toByteArray())).isEqualTo(UnreadableFileException.Code.UNSUPPORTED);
    }

    @Test
    void anEncryptedWorkbookIsRefused() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("密码123");
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(Forms.bytes(baotouTemplate())));
             OutputStream os = encryptor.getDataStream(fs)) {
            opc.save(os);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        fs.writeFilesystem(bytes);
        fs.close();

        assertThat(refusal(bytes.toByteArray())).isEqualTo(UnreadableFileException.Code.ENCRYPTED);
    }

    @Test
    void aTruncatedOrDamagedWorkbookIsCorrupt() {
        byte[] whole = Forms.template(BAOTOU);
        assertThat(refusal(Arrays.copyOf(whole, whole.length / 2))).isEqualTo(UnreadableFileException.Code.CORRUPT);
        assertThat(refusal(Arrays.copyOf(whole, whole.length - 10))).isEqualTo(UnreadableFileException.Code.CORRUPT);
        byte[] damaged = whole.clone();
        for (int i = 200; i < 600; i++) {
            damaged[i] = 0x55;
        }
        assertThat(refusal(damaged)).isEqualTo(UnreadableFileException.Code.CORRUPT);
    }

    @Test
    void aHighlyCompressedPartOrTooMuchInAllIsAZipBomb() throws IOException {
        // 50 MB of zeros deflate to about 50 KB: a ratio near 1000, ten times the limit
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(200 * 1024);
        assertThat(refusal(bytes.toByteArray())).isEqualTo(UnreadableFileException.Code.ZIP_BOMB);

        ReadLimits d = ReadLimits.DEFAULTS;
        ReadLimits small = new ReadLimits(d.maxFileBytes(), 20_000, d.maxEntries(), d.maxCompressionRatio(), d.maxLines(),
                d.maxCells(), d.maxCellsPerRow(), d.maxRows());
        assertThat(refusal(Forms.template(BAOTOU), small)).isEqualTo(UnreadableFileException.Code.ZIP_BOMB);
    }

    @Test
    void theLimitsAreTheReadLimitsGiven() {
        byte[] template = Forms.template(BAOTOU);
        ReadLimits d = ReadLimits.DEFAULTS;
        assertThat(refusal(template, new ReadLimits(1000, d.maxUncompressedBytes(), d.maxEntries(), d.maxCompressionRatio(),
                d.maxLines(), d.maxCells(), d.maxCellsPerRow(), d.maxRows()))).isEqualTo(UnreadableFileException.Code.FILE_TOO_LARGE);
        assertThat(refusal(template, d.withMaxRows(20))).isEqualTo(UnreadableFileException.Code.TOO_MANY_ROWS);
        assertThat(refusal(template, new ReadLimits(d.maxFileBytes(), d.maxUncompressedBytes(), d.maxEntries(),
                d.maxCompressionRatio(), d.maxLines(), 50, d.maxCellsPerRow(), d.maxRows()))).isEqualTo(UnreadableFileException.Code.TOO_MANY_CELLS);
        assertThat(WorkbookImport.read("表.xlsx", template, ALL, d).framework()).isEqualTo(BAOTOU);
    }

    @Test
    void aMissingFileIsNotFound() {
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> WorkbookImport.read(dir.resolve("nowhere.xlsx"), ALL));
        assertThat(e.code()).isEqualTo(UnreadableFileException.Code.NOT_FOUND);
    }

    // ------------------------------------------------------------------ XML external entities

    /** The template with an external entity naming {@code secret} declared in its shared strings and used there. */
    private static byte[] xxe(Path secret) {
        byte[] poiWritten = Forms.bytes(baotouTemplate());
        return rewrite(poiWritten, "xl/sharedStrings.xml", xml -> {
            String doctype = "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
            int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
            return xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration).replace("实施单位", "&xxe;");
        });
    }

    @Test
    void aDoctypeIsRefusedBeforeTheParserSeesIt() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-4711");
        byte[] hostile = xxe(secret);

        assertThat(refusal(hostile)).isEqualTo(UnreadableFileException.Code.XXE);
    }

    @Test
    void theReaderBehindTheCheckDoesNotResolveTheExternalEntityEither() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-4711");
        byte[] hostile = xxe(secret);
        StringBuilder text = new StringBuilder();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(hostile))) {
            book.getFirstSheet().openStream().forEach(r -> r.forEach(c -> text.append(c == null ? "" : c.getText())));
        } catch (RuntimeException | IOException refused) {
            text.append(refused.getMessage());
        }
        assertThat(text.toString()).doesNotContain("TOP-SECRET-4711");
    }

    // ------------------------------------------------------------------ a million rows

    /**
     * A form of a million indicator rows, streamed by fastexcel (numbers, so that no string table grows):
     * refused at row 200,001 without the rest being read.
     */
    @Test
    void aMillionRowsAreRefusedByTheRowLimit() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "Jixiao", "1.0");
        Worksheet sheet = workbook.newWorksheet("自评表");
        String[] heads = {"一级指标", "二级指标", "三级指标", "实际完成值", "得分"};
        for (int c = 0; c < heads.length; c++) {
            sheet.value(0, c, heads[c]);
        }
        for (int r = 1; r <= 1_000_000; r++) {
            sheet.value(r, 2, r);
            sheet.value(r, 3, r % 97);
            if (r % 10_000 == 0) {
                sheet.flush();
            }
        }
        workbook.finish();
        assertThat(bytes.size()).isLessThan((int) ReadLimits.DEFAULTS.maxFileBytes());

        long started = System.nanoTime();
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> WorkbookImport.read("百万行.xlsx", bytes.toByteArray(), ALL, ReadLimits.DEFAULTS));
        assertThat(e.code()).isEqualTo(UnreadableFileException.Code.TOO_MANY_ROWS);
        assertThat(e.getMessage()).contains("超过 200000 行");
        System.out.printf("a million rows (%d bytes): refused in %d ms%n", bytes.size(), (System.nanoTime() - started) / 1_000_000);
    }

    // ------------------------------------------------------------------ helpers

    /** The archive with one entry's text rewritten. */
    static byte[] rewrite(byte[] zip, String entry, UnaryOperator<String> change) {
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipArchiveEntry e : Collections.list(in.getEntries())) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    try (InputStream data = in.getInputStream(e)) {
                        byte[] content = data.readAllBytes();
                        if (e.getName().equals(entry)) {
                            content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                        }
                        out.write(content);
                    }
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
