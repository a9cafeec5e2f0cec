package org.jixiao.formats.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.ShippedFrameworks;
import org.jixiao.core.measure.Actual;
import org.jixiao.core.number.Amount;
import org.jixiao.core.review.Check;
import org.jixiao.core.review.Finding;
import org.jixiao.core.review.PublishedTable;
import org.jixiao.core.review.Severity;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.published.PublishedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Workbooks a person made without the template: the published tables typed into Excel as they stand
 * (OCR spaces, "绩效指标" down the first column, 年度总体目标 rows, "——" for nothing, the funds block
 * in its own columns) are matched to their framework by their indicator names and imported; every
 * blank template imports as nothing entered yet.
 */
class WorkbookImportTests {

    private static final String BAOTOU = "baotou-2024-final-accounts-and-project-self-evaluations.md";

    private static String seed(String name) {
        try (InputStream in = WorkbookImportTests.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The published table typed into a sheet cell by cell, under its title line, as someone copying it
     * into Excel would: where the converter spread a row over twice the columns with every other one
     * empty (教师培训专项's first page), the person lines its cells up with the rest of the table.
     */
    static byte[] typedIn(PublishedTable table, String title) {
        XSSFWorkbook book = new XSSFWorkbook();
        XSSFSheet sheet = book.createSheet("Sheet1");
        sheet.createRow(0).createCell(0).setCellValue(title);
        int r = 2;
        for (PublishedTable.Row row : table.rows()) {
            Row out = sheet.createRow(r++);
            List<String> cells = row.cells();
            boolean spread = cells.size() >= 20;
            for (int c = 1; c < cells.size() && spread; c += 2) {
                spread = cells.get(c).isEmpty();
            }
            int col = 0;
            for (int c = 0; c < cells.size(); c += spread ? 2 : 1) {
                if (!cells.get(c).isEmpty()) {
                    out.createCell(col).setCellValue(cells.get(c));
                }
                col++;
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
        return Forms.bytes(book);
    }

    @ParameterizedTest
    @CsvSource({
            "包头市智慧教育“名师视界”直播运行费, baotou-2024-mingshi-shijie, 99.68, 99.68, 20",
            "教育三项改革资金, baotou-2024-sanxiang-gaige, 80.46, 80.46, 34.25",
            "教师培训专项, baotou-2024-jiaoshi-peixun, 98.95, 88.95, 19"})
    void baotousPublishedTablesTypedIntoExcelImportAndScore(String project, String framework, String published,
                                                           String scored, String budget) {
        List<PublishedTable> tables = PublishedText.read(BAOTOU, seed(BAOTOU)).tables().stream()
                .filter(t -> t.title().startsWith("项目支出绩效自评表")).toList();
        PublishedTable table = tables.stream().filter(t -> t.rows().stream().anyMatch(r -> r.cells().stream()
                .anyMatch(c -> c.replace(" ", "").equals(project)))).findFirst().orElseThrow();

        ImportedWorkbook read = Forms.read(typedIn(table, "项目支出绩效自评表 (2024 年度)"), ShippedFrameworks.all());

        assertThat(read.marked()).isFalse();
        assertThat(read.sheet()).isEqualTo("Sheet1");
        assertThat(read.framework().id()).isEqualTo(framework);
        assertThat(read.project()).isEqualTo(project);
        assertThat(read.unit()).isEqualTo("包头市电化教育馆");
        assertThat(read.year()).isEqualTo(2024);
        assertThat(read.evaluation().funds().orElseThrow().total().adjustedBudget()).contains(Amount.wan(budget));
        assertThat(read.warnings()).noneMatch(p -> p.code() == ImportProblem.Code.INDICATOR_MISSING);
        // every row the rule cannot decide carries the published score as a person's judgement
        ScoreSheet scores = read.scores().orElseThrow();
        assertThat(scores.isComplete()).isTrue();
        assertThat(scores.total().points()).isEqualByComparingTo(scored);
        if (published.equals(scored)) {
            assertThat(read.findings()).noneMatch(f -> f.check() == Check.TOTAL_MISMATCH);
        } else {
            // 教师培训专项 scores 全市师生家长满意 10 of 10 with 0 % against 98 %: the rule gives 0, and the 98.95 typed is 88.95
            assertThat(read.findings()).filteredOn(f -> f.check() == Check.TOTAL_MISMATCH).singleElement()
                    .satisfies(f -> {
                        assertThat(f.expected()).isEqualTo(scored);
                        assertThat(f.found()).isEqualTo(published);
                        assertThat(f.location()).startsWith("Sheet1!K");
                    });
            assertThat(read.findings()).anyMatch(f -> f.check() == Check.FULL_SCORE_TARGET_MISSED && f.row().equals("3.1.1"));
        }
    }

    @Test
    void aPublishedTablesTypedFiguresAreCheckedAgainstTheRules() {
        PublishedTable table = PublishedText.read(BAOTOU, seed(BAOTOU)).tables().stream()
                .filter(t -> t.rows().stream().anyMatch(r -> r.cells().contains("教育三项改革资金"))).findFirst().orElseThrow();
        ImportedWorkbook read = Forms.read(typedIn(table, "项目支出绩效自评表 (2024 年度)"), ShippedFrameworks.all());

        Finding total = read.findings().stream().filter(f -> f.row().equals("FUNDS")).filter(f -> f.check() == Check.ROUNDING
                || f.check() == Check.SCORE_RULE_MISMATCH).findFirst().orElse(null);
        // the funds score 0.66 is the rule's 0.6569… at two decimals: equal once rounded, no finding at all
        assertThat(total).isNull();
        assertThat(read.evaluation().reportedScores()).containsKey("FUNDS");
        // 暑假 4.8 against 4.79…: the framework rounds rows to one decimal, so the typed 4.8 is the rule's
        assertThat(read.evaluation().reportedScores().get("1.1.3").points()).isEqualByComparingTo("4.8");
        assertThat(read.findings()).noneMatch(f -> f.row().equals("1.1.3") && f.severity() == Severity.ERROR);
        // the 实际完成值 as the table has them, OCR spaces and all
        assertThat(read.evaluation().actual("2.1.1")).isEqualTo(new Actual.Reading("有效减 小"));
    }

    @Test
    void rowsAfterTheTableAndColumnsInAnotherOrderAreTakenInStride() {
        XSSFWorkbook book = Workbooks.read(Forms.template(ShippedFrameworks.get("baotou-2024-sanxiang-gaige")));
        book.removeSheetAt(book.getSheetIndex(TemplateMarker.SHEET));
        XSSFSheet sheet = book.getSheetAt(0);
        int actual = Forms.col(sheet, "实际完成值");
        Forms.text(Forms.indicatorRow(sheet, "全市师生家长满意度"), actual, "≥95%");
        Forms.swapColumns(sheet, Forms.col(sheet, "三级指标"), Forms.col(sheet, "偏差原因分析及改进措施"));
        // the heading repeated after a page break, and a signature line under the table
        int last = sheet.getLastRowNum();
        Row again = sheet.createRow(last + 2);
        Row heading = sheet.getRow(Forms.headerRow(sheet));
        for (int c = 0; c < heading.getLastCellNum(); c++) {
            Forms.text(again, c, heading.getCell(c).getStringCellValue());
        }
        Forms.text(sheet.createRow(last + 4), 0, "填表人：张三　　审核人：李四");

        ImportedWorkbook read = Forms.read(Forms.bytes(book), ShippedFrameworks.all());

        assertThat(read.marked()).isFalse();
        assertThat(read.framework().id()).isEqualTo("baotou-2024-sanxiang-gaige");
        assertThat(read.evaluation().actual("3.1.1")).isEqualTo(new Actual.Reading("≥95%"));
        assertThat(read.warnings()).extracting(ImportProblem::code, ImportProblem::cell)
                .contains(org.assertj.core.groups.Tuple.tuple(ImportProblem.Code.ROW_IGNORED, "A" + (last + 5)));
    }

    @Test
    void everyBlankTemplateImportsAsNothingEnteredYet() {
        for (Framework framework : ShippedFrameworks.all()) {
            byte[] template = Forms.template(framework);
            if (framework.template()) {
                WorkbookImportException e = catchThrowableOfType(WorkbookImportException.class,
                        () -> WorkbookImport.read("模板.xlsx", template, ShippedFrameworks.all(), ReadLimits.DEFAULTS));
                assertThat(e.errors()).extracting(ImportProblem::code).containsExactly(ImportProblem.Code.FRAMEWORK_IS_TEMPLATE);
                continue;
            }
            ImportedWorkbook read = Forms.read(template, ShippedFrameworks.all());
            assertThat(read.framework()).as(framework.id()).isEqualTo(framework);
            assertThat(read.marked()).isTrue();
            assertThat(read.year()).isEqualTo(framework.year());
            assertThat(read.evaluation().actuals()).as(framework.id()).isEmpty();
            assertThat(read.evaluation().judgements()).isEmpty();
            assertThat(read.evaluation().reportedScores()).isEmpty();
            assertThat(read.evaluation().funds()).isEmpty();
            assertThat(read.warnings()).as(framework.id()).isEmpty();
            assertThat(read.findings()).as(framework.id()).allMatch(f -> f.check() == Check.VALUE_MISSING);
        }
    }
}
