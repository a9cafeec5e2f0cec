package org.jixiao.formats.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.accounts.tables.DemoTables;
import org.jixiao.core.accounts.tables.DisclosureChecks;
import org.jixiao.core.accounts.tables.DisclosureRow;
import org.jixiao.core.accounts.tables.DisclosureTables;
import org.jixiao.core.accounts.tables.StandardTable;
import org.jixiao.core.accounts.tables.UnitKind;
import org.jixiao.core.review.Finding;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.UnreadableFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disclosure tables workbook: written, read by POI, imported back; bad cells and bad files refused. */
class DisclosureTablesXlsxTests {

    @TempDir
    Path dir;

    static byte[] workbook(DisclosureTables tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DisclosureTablesXlsx.write(tables, out);
        return out.toByteArray();
    }

    static DisclosureTablesImport importBytes(byte[] bytes) throws IOException {
        return DisclosureTablesXlsx.read("tables.xlsx", new ByteArrayInputStream(bytes), ReadLimits.DEFAULTS);
    }

    /** The Baotou workbook changed with POI, as a person would in Excel. */
    static byte[] edited(Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(DemoTables.baotou2024())));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The cell at a 1-based row and a column letter, created when missing. */
    static XSSFCell cell(XSSFWorkbook wb, StandardTable table, String address) {
        XSSFSheet sheet = wb.getSheet(table.title());
        int col = address.charAt(0) - 'A';
        int row = Integer.parseInt(address.substring(1)) - 1;
        XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
    }

    /** The 1-based row of a line's label or a code in column B or A. */
    static int rowOf(XSSFWorkbook wb, StandardTable table, String text) {
        XSSFSheet sheet = wb.getSheet(table.title());
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && (text.equals(row.getCell(0) == null ? "" : row.getCell(0).toString())
                    || text.equals(row.getCell(1) == null ? "" : row.getCell(1).toString()))) {
                return r + 1;
            }
        }
        throw new AssertionError(text + " not in " + table.title());
    }

    @Test
    void theBaotouTablesSurviveTheRoundTripAndCheckTheSame() throws IOException {
        DisclosureTables baotou = DemoTables.baotou2024();
        DisclosureTablesImport read = importBytes(workbook(baotou));

        assertThat(read.problems()).isEmpty();
        DisclosureTables back = read.tables().orElseThrow();
        assertThat(back).isEqualTo(baotou);
        // each row knows the sheet row it came from, and the findings say so
        DisclosureRow item = back.table(StandardTable.GENERAL_EXPENDITURE).orElseThrow().row("2059999").orElseThrow();
        assertThat(item.origin()).matches("第\\d+行");
        List<Finding> findings = DisclosureChecks.check(back);
        assertThat(findings).extracting(Finding::check, Finding::row, Finding::expected, Finding::found)
                .containsExactlyElementsOf(DisclosureChecks.check(baotou).stream()
                        .map(f -> tuple(f.check(), f.row(), f.expected(), f.found())).toList());
        assertThat(findings.get(0).location()).matches("第\\d+行·年初预算数");
    }

    @Test
    void poiReadsOneSheetPerTableWithTheMergedHeader() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(DemoTables.baotou2024())))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(12);
            assertThat(wb.getSheetName(0)).isEqualTo("封面");
            assertThat(Arrays.stream(StandardTable.values()).map(StandardTable::title))
                    .allMatch(t -> wb.getSheet(t) != null);
            XSSFSheet general = wb.getSheet(StandardTable.GENERAL_EXPENDITURE.title());
            assertThat(general.getRow(0).getCell(0).getStringCellValue()).isEqualTo("一般公共预算财政拨款支出决算表");
            assertThat(general.getRow(1).getCell(6).getStringCellValue()).isEqualTo("金额单位：万元");
            assertThat(general.getRow(2).getCell(3).getStringCellValue()).isEqualTo("决算数");
            assertThat(general.getRow(3).getCell(4).getStringCellValue()).isEqualTo("基本支出");
            assertThat(general.getMergedRegions()).contains(
                    CellRangeAddress.valueOf("A3:A4"), CellRangeAddress.valueOf("B3:B4"), CellRangeAddress.valueOf("C3:C4"),
                    CellRangeAddress.valueOf("D3:F3"), CellRangeAddress.valueOf("G3:G4"), CellRangeAddress.valueOf("A1:G1"));
            int row = rowOf(wb, StandardTable.GENERAL_EXPENDITURE, "2059999") - 1;
            assertThat(general.getRow(row).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(general.getRow(row).getCell(3).getNumericCellValue()).isEqualTo(421.99);
            assertThat(general.getRow(row).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            XSSFSheet cover = wb.getSheet("封面");
            assertThat(cover.getRow(2).getCell(1).getStringCellValue()).isEqualTo("包头市电化教育馆");
            assertThat(cover.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(2024);
            assertThat(cover.getRow(4).getCell(1).getStringCellValue()).isEqualTo("事业单位");
        }
    }

    @Test
    void anEmptyTemplateImportsAsTablesWithoutFigures() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DisclosureTablesXlsx.writeTemplate("某局", 2025, UnitKind.ADMINISTRATIVE, out);

        DisclosureTables read = importBytes(out.toByteArray()).tables().orElseThrow();
        assertThat(read.unit()).isEqualTo("某局");
        assertThat(read.year()).isEqualTo(2025);
        assertThat(read.kind()).isEqualTo(UnitKind.ADMINISTRATIVE);
        assertThat(read.tables()).hasSize(11).allSatisfy(t -> assertThat(t.rows()).allMatch(r -> r.values().isEmpty() && !r.isCode()));
        assertThat(DisclosureChecks.check(read)).isEmpty();
    }

    @Test
    void whatPeopleTypeIsTakenInStride() throws IOException {
        byte[] bytes = edited(wb -> {
            StandardTable g = StandardTable.GENERAL_EXPENDITURE;
            int item = rowOf(wb, g, "2059999");
            cell(wb, g, "A" + item).setCellValue(2059999);               // a code typed as a number
            cell(wb, g, "D" + item).setCellValue("421.99");              // a number typed as text
            int section = rowOf(wb, g, "20502");
            cell(wb, g, "A" + section).setCellValue("205 02");           // a code with a space
            cell(wb, g, "E" + section).setCellValue("—");                // not applicable
            StandardTable s = StandardTable.SUMMARY;
            cell(wb, s, "B" + rowOf(wb, s, "本年收入合计")).setCellValue("本年收入 合计");  // a stray space
            cell(wb, s, "C" + rowOf(wb, s, "本年收入 合计")).setCellValue("550.07");
        });

        assertThat(importBytes(bytes).tables()).contains(DemoTables.baotou2024());
    }

    @Test
    void everyBadCellIsReportedWithItsSheetCellAndCodeAndNothingIsReturned() throws IOException {
        byte[] bytes = edited(wb -> {
            StandardTable s = StandardTable.SUMMARY;
            cell(wb, s, "C" + rowOf(wb, s, "八、其他收入")).setCellValue("二十一点三九");
            cell(wb, s, "B" + rowOf(wb, s, "结余分配")).setCellValue("结余的分配");
            StandardTable g = StandardTable.GENERAL_EXPENDITURE;
            cell(wb, g, "A" + rowOf(wb, g, "2080502")).setCellValue("20805O2");
            cell(wb, g, "A" + rowOf(wb, g, "2080505")).setCellValue("2101102");
            cell(wb, g, "F4").setCellValue("xx");
            StandardTable o = StandardTable.OTHER;
            cell(wb, o, "C" + rowOf(wb, o, "车辆合计")).setCellValue(2.5);
            cell(wb, o, "C" + rowOf(wb, o, "机关运行经费支出")).setCellErrorValue(FormulaError.DIV0);
            StandardTable t = StandardTable.THREE_COSTS;
            cell(wb, t, "E2").setCellValue("金额单位：千元");
            StandardTable income = StandardTable.INCOME;
            cell(wb, income, "A" + rowOf(wb, income, "210")).setCellValue("21011");
            cell(wb, StandardTable.FISCAL_SUMMARY, "A" + rowOf(wb, StandardTable.FISCAL_SUMMARY, "205")).setCellValue("2050299");
            wb.getSheet("封面").getRow(3).getCell(1).setCellValue("二〇二四");
            wb.getSheet("封面").getRow(4).getCell(1).setCellValue("企业");
        });

        DisclosureTablesImport read = importBytes(bytes);

        assertThat(read.tables()).isEmpty();
        assertThat(read.problems()).extracting(TableImportProblem::sheet, TableImportProblem::code).containsExactly(
                tuple("封面", TableImportProblem.Code.BAD_YEAR),
                tuple("封面", TableImportProblem.Code.BAD_UNIT_KIND),
                tuple("收入支出决算总表", TableImportProblem.Code.NOT_A_NUMBER),
                tuple("收入支出决算总表", TableImportProblem.Code.UNKNOWN_ROW),
                tuple("收入决算表", TableImportProblem.Code.DUPLICATE_ROW),
                tuple("财政拨款收入支出决算总表", TableImportProblem.Code.CODE_NOT_IN_TABLE),
                tuple("一般公共预算财政拨款支出决算表", TableImportProblem.Code.HEADER_MISMATCH),
                tuple("一般公共预算财政拨款支出决算表", TableImportProblem.Code.BAD_CODE),
                tuple("一般公共预算财政拨款支出决算表", TableImportProblem.Code.DUPLICATE_ROW),
                tuple("财政拨款“三公”经费支出决算表", TableImportProblem.Code.BAD_MONEY_UNIT),
                tuple("机关运行经费支出、国有资产占用情况及政府采购支出信息表", TableImportProblem.Code.ERROR_VALUE),
                tuple("机关运行经费支出、国有资产占用情况及政府采购支出信息表", TableImportProblem.Code.NOT_A_WHOLE_NUMBER));
        TableImportProblem year = read.problems().get(0);
        assertThat(year.cell()).isEqualTo("B4");
        assertThat(year.message()).isEqualTo("工作表“封面”B4：年度应为 1990 至 2100 之间的年份，填写的是“二〇二四”");
        TableImportProblem number = read.problems().get(2);
        assertThat(number.cell()).matches("C\\d+");
        assertThat(number.message()).endsWith("“决算数”应填金额，填写的是“二十一点三九”");
        assertThat(read.problems().get(6).cell()).isEqualTo("F4");
        assertThat(read.problems().get(6).message()).contains("表头应为“项目支出”，却是“xx”");
        assertThat(read.problems().get(7).message()).contains("“20805O2”不是科目编码");
        assertThat(read.problems().get(5).message()).contains("列示到类", "2050299");
        assertThat(read.problems().get(9).message()).contains("千元");
        assertThat(read.problems().get(10).message()).contains("#DIV/0!");
        assertThat(read.problems().get(11).message()).contains("2.5");
        assertThat(read.problems()).allSatisfy(p -> assertThat(p.toString()).contains("［" + p.code() + "］"));
    }

    @Test
    void aFormulaIsTakenByItsCalculatedValueAndRefusedWithoutOne() throws IOException {
        StandardTable s = StandardTable.SUMMARY;
        byte[] calculated = edited(wb -> {
            int income = rowOf(wb, s, "本年收入合计");
            XSSFCell c = cell(wb, s, "C" + income);
            c.setCellFormula("SUM(C5:C12)");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
        });
        assertThat(importBytes(calculated).tables()).contains(DemoTables.baotou2024());

        byte[] uncalculated = edited(wb -> {
            XSSFCell c = cell(wb, s, "C" + rowOf(wb, s, "本年收入合计"));
            c.setCellFormula("SUM(C5:C12)");
            c.getCTCell().unsetV();
        });
        assertThat(importBytes(uncalculated).problems()).extracting(TableImportProblem::code, TableImportProblem::sheet)
                .containsExactly(tuple(TableImportProblem.Code.FORMULA_WITHOUT_VALUE, "收入支出决算总表"));
    }

    @Test
    void aWorkbookWithoutItsCoverIsRefusedCellByCell() throws IOException {
        byte[] bytes = edited(wb -> wb.removeSheetAt(0));
        assertThat(importBytes(bytes).problems()).extracting(TableImportProblem::code).containsExactly(TableImportProblem.Code.MISSING_SHEET);
    }

    @Test
    void filesThatAreNotWorkbooksAreRefusedWithTheirCode() throws IOException {
        assertRefused("这不是工作簿".getBytes(StandardCharsets.UTF_8), UnreadableFileException.Code.NOT_XLSX, "不是 Excel 工作簿");
        byte[] good = workbook(DemoTables.baotou2024());
        assertRefused(Arrays.copyOf(good, good.length / 2), UnreadableFileException.Code.CORRUPT, "不完整或已损坏");
        assertRefused(zip("word/document.xml", "<w:document/>"), UnreadableFileException.Code.NOT_XLSX, "是 Word 文档");
        assertRefused(zip("xl/workbook.xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><workbook/>"),
                UnreadableFileException.Code.XXE, "DOCTYPE");
        try (HSSFWorkbook xls = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            xls.createSheet("封面");
            xls.write(out);
            assertRefused(out.toByteArray(), UnreadableFileException.Code.UNSUPPORTED, ".xls");
        }
        ReadLimits small = new ReadLimits(1000, 200L * 1024 * 1024, 10_000, 100, 1_000_000, 2_000_000, 1_000);
        assertThatThrownBy(() -> DisclosureTablesXlsx.read("big.xlsx", new ByteArrayInputStream(good), small))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo(UnreadableFileException.Code.FILE_TOO_LARGE));
        assertThatThrownBy(() -> DisclosureTablesXlsx.read("long.xlsx", new ByteArrayInputStream(good), ReadLimits.DEFAULTS.withMaxRows(10)))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(UnreadableFileException.Code.TOO_MANY_ROWS);
                    assertThat(e.getMessage()).startsWith("文件“long.xlsx”的工作表“收入支出决算总表”超过 10 行");
                });
        assertThatThrownBy(() -> DisclosureTablesXlsx.read(dir.resolve("missing.xlsx")))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo(UnreadableFileException.Code.NOT_FOUND));
        Path file = dir.resolve("baotou.xlsx");
        Files.write(file, good);
        assertThat(DisclosureTablesXlsx.read(file).tables()).contains(DemoTables.baotou2024());
    }

    private static void assertRefused(byte[] bytes, UnreadableFileException.Code code, String words) {
        assertThatThrownBy(() -> importBytes(bytes)).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).startsWith("文件“tables.xlsx”").contains(words).endsWith("［" + code + "］");
        });
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(name));
            z.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
