package org.jixiao.formats.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.evaluation.Scorer;
import org.junit.jupiter.api.Test;

/** The Baotou 教育三项改革资金 table exported and read back with POI, as Excel would read it. */
class ScoreSheetXlsxTests {

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

    @Test
    void theTotalTheRowsAndTheGradeAreThePublishedOnes() throws Exception {
        try (XSSFWorkbook book = Workbooks.read(baotou())) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("自评表");

            Cell total = cell(Workbooks.rowWith(sheet, 1, "总分").orElseThrow(), ScoreSheetXlsx.SCORE);
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(total.getNumericCellValue())).isEqualByComparingTo("80.46");
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("0.00");

            Row row113 = Workbooks.rowWith(sheet, ScoreSheetXlsx.CODE, "1.1.3").orElseThrow();
            Cell score113 = cell(row113, ScoreSheetXlsx.SCORE);
            assertThat(score113.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(score113.getNumericCellValue())).isEqualByComparingTo("4.8");
            // the framework rounds indicator rows to one decimal
            assertThat(score113.getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(cell(row113, ScoreSheetXlsx.WEIGHT).getNumericCellValue()).isEqualTo(5.0);
            assertThat(cell(row113, 3).getStringCellValue()).isEqualTo("暑假名师视界直播课节数");
            assertThat(cell(row113, 1).getStringCellValue()).isEqualTo("产出指标");
            assertThat(cell(row113, 2).getStringCellValue()).isEqualTo("数量指标");
            assertThat(cell(row113, ScoreSheetXlsx.TARGET).getStringCellValue()).isEqualTo("96节");
            assertThat(cell(row113, ScoreSheetXlsx.ACTUAL).getStringCellValue()).isEqualTo("92.00");
            assertThat(cell(row113, ScoreSheetXlsx.REASON).getStringCellValue()).isEqualTo("教研室根据假期长度合理安排的原因");

            Row row141 = Workbooks.rowWith(sheet, ScoreSheetXlsx.CODE, "1.4.1").orElseThrow();
            assertThat(cell(row141, ScoreSheetXlsx.SCORE).getNumericCellValue()).isEqualTo(0.0);
            assertThat(cell(row141, ScoreSheetXlsx.NOTE).getStringCellValue()).startsWith("人工认定：资金年底下达");

            Row output = Workbooks.rowWith(sheet, ScoreSheetXlsx.CODE, "1").orElseThrow();
            assertThat(cell(output, 1).getStringCellValue()).isEqualTo("产出指标");
            assertThat(cell(output, ScoreSheetXlsx.WEIGHT).getNumericCellValue()).isEqualTo(50.0);

            Row grade = Workbooks.rowWith(sheet, 1, "等级").orElseThrow();
            assertThat(cell(grade, ScoreSheetXlsx.SCORE).getStringCellValue()).isEqualTo("良");
        }
    }

    @Test
    void theFundsBlockIsInNumbers() throws Exception {
        try (XSSFWorkbook book = Workbooks.read(baotou())) {
            XSSFSheet sheet = book.getSheetAt(0);
            Row total = Workbooks.rowWith(sheet, 1, "年度资金总额").orElseThrow();
            assertThat(cell(total, 3).getNumericCellValue()).isEqualTo(2.25);
            assertThat(cell(total, 4).getNumericCellValue()).isEqualTo(34.25);
            assertThat(cell(total, 5).getNumericCellValue()).isEqualTo(2.25);
            assertThat(cell(total, 5).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(cell(total, ScoreSheetXlsx.WEIGHT).getNumericCellValue()).isEqualTo(10.0);
            // 2.25 ÷ 34.25 = 6.57 %; the funds row is rounded to two decimals: 0.66 as published
            assertThat(cell(total, 8).getNumericCellValue()).isCloseTo(0.065693, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(cell(total, 8).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(BigDecimal.valueOf(cell(total, ScoreSheetXlsx.SCORE).getNumericCellValue())).isEqualByComparingTo("0.66");
            // the funds row is not repeated among the indicators
            assertThat(Workbooks.rowWith(sheet, ScoreSheetXlsx.CODE, "FUNDS")).isEmpty();
        }
    }

    @Test
    void theFormsLabelsArePresentAndNoCellIsAFormula() throws Exception {
        try (XSSFWorkbook book = Workbooks.read(baotou())) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(Workbooks.texts(sheet)).contains("项目支出绩效自评表", "（2024年度）", "项目名称", "教育三项改革资金",
                    "实施单位", "包头市电化教育馆", "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率",
                    "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
                    "总分", "等级");
            assertThat(Workbooks.cells(sheet)).noneMatch(c -> c.getCellType() == CellType.FORMULA);
            // every score, weight and amount is a number, never a text that looks like one
            assertThat(Workbooks.cells(sheet)).filteredOn(c -> c.getColumnIndex() == ScoreSheetXlsx.SCORE
                            && c.getCellType() == CellType.STRING)
                    .extracting(Cell::getStringCellValue).containsExactly("得分", "得分", "良");
        }
    }

    @Test
    void aPendingRowLeavesTheScoreEmptyAndTheGradeOpen() throws Exception {
        Evaluation.Builder b = BaotouExample.builder();
        b.actual("2.1.1", "尚在评估");
        byte[] xlsx = export(new ScoreSheetXlsx.Title("包头市电化教育馆", "教育三项改革资金", 2024), b.build());
        try (XSSFWorkbook book = Workbooks.read(xlsx)) {
            XSSFSheet sheet = book.getSheetAt(0);
            Row row = Workbooks.rowWith(sheet, ScoreSheetXlsx.CODE, "2.1.1").orElseThrow();
            Cell score = row.getCell(ScoreSheetXlsx.SCORE);
            assertThat(score == null || score.getCellType() == CellType.BLANK).isTrue();
            assertThat(cell(row, ScoreSheetXlsx.NOTE).getStringCellValue()).isEqualTo("待认定");
            assertThat(cell(Workbooks.rowWith(sheet, 1, "等级").orElseThrow(), ScoreSheetXlsx.SCORE).getStringCellValue())
                    .isEqualTo("未定");
            assertThat(cell(Workbooks.rowWith(sheet, 1, "总分").orElseThrow(), ScoreSheetXlsx.NOTE).getStringCellValue())
                    .startsWith("尚有");
        }
    }
}
