package org.jixiao.formats.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.evaluation.Scorer;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Node;
import org.junit.jupiter.api.Test;

/** The Baotou 教育三项改革资金 table exported and read back with POI, as Excel would read it. */
class ScoreSheetXlsxTests {

    private static final int LEVEL1 = 0;
    private static final int LEVEL2 = 1;
    private static final int LEVEL3 = 2;
    private static final int TARGET = 3;
    private static final int ACTUAL = 4;
    private static final int UNIT = 5;
    private static final int WEIGHT = 6;
    private static final int SCORE = 7;
    private static final int REASON = 8;
    private static final int NOTE = 9;

    static byte[] export(ScoreSheetXlsx.Title title, Evaluation evaluation) {
        ScoreSheet sheet = Scorer.score(BaotouExample.FRAMEWORK, evaluation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreSheetXlsx.write(title, evaluation, sheet, out);
        return out.toByteArray();
    }

    static byte[] baotou() {
        return export(new ScoreSheetXlsx.Title("包头市电化教育馆", "教育三项改革资金", 2024), BaotouExample.evaluation());
    }

    private static Cell cell(Row row, int col) {
        Cell cell = row.getCell(col);
        assertThat(cell).as("cell %d of row %d", col, row.getRowNum()).isNotNull();
        return cell;
    }

    /** A formula's value as Excel computes it, to the cent. */
    private static BigDecimal computed(XSSFWorkbook book, Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
        double value = new XSSFFormulaEvaluator(book).evaluate(cell).getNumberValue();
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }

    @Test
    void theTotalTheRowsAndTheGradeAreThePublishedOnes() throws Exception {
        try (XSSFWorkbook book = Workbooks.read(baotou())) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("项目支出绩效自评表");

            Cell total = cell(Forms.rowWith(sheet, LEVEL1, "总分").orElseThrow(), SCORE);
            assertThat(computed(book, total)).isEqualByComparingTo("80.46");
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("0.00");

            Row row113 = Forms.indicatorRow(sheet, "暑假名师视界直播课节数");
            Cell score113 = cell(row113, SCORE);
            assertThat(score113.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(score113.getNumericCellValue())).isEqualByComparingTo("4.8");
            // the framework rounds indicator rows to one decimal
            assertThat(score113.getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(cell(row113, WEIGHT).getNumericCellValue()).isEqualTo(5.0);
            assertThat(cell(row113, LEVEL3).getStringCellValue()).isEqualTo("暑假名师视界直播课节数");
            assertThat(cell(row113, LEVEL1).getStringCellValue()).isEqualTo("产出指标");
            assertThat(cell(row113, LEVEL2).getStringCellValue()).isEqualTo("数量指标");
            assertThat(cell(row113, TARGET).getStringCellValue()).isEqualTo("96");
            assertThat(cell(row113, UNIT).getStringCellValue()).isEqualTo("节");
            assertThat(cell(row113, ACTUAL).getStringCellValue()).isEqualTo("92.00");
            assertThat(cell(row113, REASON).getStringCellValue()).isEqualTo("教研室根据假期长度合理安排的原因");

            Row row141 = Forms.indicatorRow(sheet, "同频互动设备端口服务费");
            assertThat(cell(row141, SCORE).getNumericCellValue()).isEqualTo(0.0);
            assertThat(cell(row141, NOTE).getStringCellValue()).startsWith("人工认定：资金年底下达");

            Row output = Forms.rowWith(sheet, LEVEL1, "产出指标").orElseThrow();
            assertThat(output.getCell(LEVEL3) == null || output.getCell(LEVEL3).getCellType() == CellType.BLANK).isTrue();
            assertThat(cell(output, WEIGHT).getNumericCellValue()).isEqualTo(50.0);
            assertThat(cell(output, NOTE).getStringCellValue()).isEqualTo("小计");

            Row grade = Forms.rowWith(sheet, LEVEL1, "等级").orElseThrow();
            assertThat(cell(grade, SCORE).getStringCellValue()).isEqualTo("良");
        }
    }

    @Test
    void everySubtotalAndTheTotalAreFormulasThatComputeTheScorersFigures() throws Exception {
        ScoreSheet scored = Scorer.score(BaotouExample.FRAMEWORK, BaotouExample.evaluation());
        try (XSSFWorkbook book = Workbooks.read(baotou())) {
            XSSFSheet sheet = book.getSheetAt(0);
            int groups = 0;
            for (Node node : BaotouExample.FRAMEWORK.nodes()) {
                groups += checkGroup(book, sheet, node, scored);
            }
            assertThat(groups).isEqualTo(3 + 7);
            // only sums of cells: no text of the table is ever in a formula
            assertThat(Workbooks.cells(sheet)).filteredOn(c -> c.getCellType() == CellType.FORMULA)
                    .allSatisfy(c -> {
                        assertThat(c.getColumnIndex()).isEqualTo(SCORE);
                        assertThat(c.getCellFormula()).matches("[A-Z0-9(),:.\\-]+");
                    });
        }
    }

    private static int checkGroup(XSSFWorkbook book, XSSFSheet sheet, Node node, ScoreSheet scored) {
        if (!(node instanceof Group group)) {
            return 0;
        }
        Row row = Forms.rowWith(sheet, group.level() - 1, group.name()).orElseThrow();
        assertThat(computed(book, cell(row, SCORE))).as(group.name())
                .isEqualByComparingTo(scored.subtotal(group.code()).orElseThrow().points());
        int n = 1;
        for (Node child : group.children()) {
            n += checkGroup(book, sheet, child, scored);
        }
        return n;
    }

    @Test
    void theFundsBlockIsInNumbers() throws Exception {
        try (XSSFWorkbook book = Workbooks.read(baotou())) {
            XSSFSheet sheet = book.getSheetAt(0);
            Row total = Forms.rowWith(sheet, 1, "年度资金总额").orElseThrow();
            assertThat(cell(total, 2).getNumericCellValue()).isEqualTo(2.25);
            assertThat(cell(total, 3).getNumericCellValue()).isEqualTo(34.25);
            assertThat(cell(total, 4).getNumericCellValue()).isEqualTo(2.25);
            assertThat(cell(total, 4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            // 2.25 ÷ 34.25 = 6.57 %; the funds row is rounded to two decimals: 0.66 as published
            assertThat(cell(total, 5).getNumericCellValue()).isCloseTo(0.065693, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(cell(total, 5).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(cell(total, 6).getNumericCellValue()).isEqualTo(10.0);
            assertThat(BigDecimal.valueOf(cell(total, 7).getNumericCellValue())).isEqualByComparingTo("0.66");
            assertThat(Forms.rowWith(sheet, 0, "项目资金（万元）")).isPresent();
            // the funds row is not repeated among the indicators
            assertThat(Forms.rowWith(sheet, LEVEL3, "预算执行率")).isEmpty();
        }
    }

    @Test
    void theFormsLabelsArePresentAndTheFrameworkIsNamedInAHiddenSheet() throws Exception {
        try (XSSFWorkbook book = Workbooks.read(baotou())) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(Workbooks.texts(sheet)).contains("项目支出绩效自评表", "（2024年度）", "项目名称", "教育三项改革资金",
                    "实施单位", "包头市电化教育馆", "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率",
                    "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "计量单位", "分值", "得分",
                    "偏差原因分析及改进措施", "备注", "总分", "等级");
            // every score, weight and amount is a number, never a text that looks like one (the funds
            // sources have no score of their own: "—", as on the published form)
            assertThat(Workbooks.cells(sheet)).filteredOn(c -> c.getColumnIndex() == SCORE && c.getCellType() == CellType.STRING)
                    .extracting(Cell::getStringCellValue).containsExactly("得分", "—", "—", "—", "得分", "良");
            int marker = book.getSheetIndex(TemplateMarker.SHEET);
            assertThat(book.getSheetVisibility(marker)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(Workbooks.texts(book.getSheetAt(marker))).contains("jixiao-xlsx", "baotou-2024-sanxiang-gaige",
                    "项目支出绩效自评表", "score-sheet");
        }
    }

    @Test
    void aPendingRowLeavesTheScoreEmptyTheGradeOpenAndIsListedOnTheFindingsSheet() throws Exception {
        Evaluation.Builder b = BaotouExample.builder();
        b.actual("2.1.1", "尚在评估");
        byte[] xlsx = export(new ScoreSheetXlsx.Title("包头市电化教育馆", "教育三项改革资金", 2024), b.build());
        try (XSSFWorkbook book = Workbooks.read(xlsx)) {
            XSSFSheet sheet = book.getSheetAt(0);
            Row row = Forms.indicatorRow(sheet, "减小名教师和基础教师的教学水平差距");
            Cell score = row.getCell(SCORE);
            assertThat(score == null || score.getCellType() == CellType.BLANK).isTrue();
            assertThat(cell(row, NOTE).getStringCellValue()).isEqualTo("待认定");
            assertThat(cell(Forms.rowWith(sheet, LEVEL1, "等级").orElseThrow(), SCORE).getStringCellValue()).isEqualTo("未定");
            assertThat(cell(Forms.rowWith(sheet, LEVEL1, "总分").orElseThrow(), NOTE).getStringCellValue()).startsWith("尚有");

            XSSFSheet findings = book.getSheet("审核意见");
            Row needs = Forms.rowWith(findings, 0, "NEEDS_JUDGEMENT").orElseThrow();
            assertThat(cell(needs, 1).getStringCellValue()).isEqualTo("错误");
            assertThat(cell(needs, 2).getStringCellValue()).isEqualTo("2.1.1 减小名教师和基础教师的教学水平差距");
            assertThat(cell(needs, 6).getStringCellValue()).isEqualTo("尚在评估");
        }
    }
}
