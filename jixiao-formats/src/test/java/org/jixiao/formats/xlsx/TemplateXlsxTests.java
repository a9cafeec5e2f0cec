package org.jixiao.formats.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkKind;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.ShippedFrameworks;
import org.junit.jupiter.api.Test;

/** The blank forms, read with POI as Excel reads them: layout, input cells, lists, formats, formulas and print setup. */
class TemplateXlsxTests {

    @Test
    void everyShippedFrameworkGivesItsFormWithEveryIndicator() throws Exception {
        for (Framework framework : ShippedFrameworks.all()) {
            try (XSSFWorkbook book = Workbooks.read(Forms.template(framework))) {
                XSSFSheet sheet = book.getSheetAt(0);
                String form = switch (framework.kind()) {
                    case PROJECT_SELF_EVALUATION -> "项目支出绩效自评表";
                    case DEPARTMENT_EVALUATION -> "部门整体支出绩效自评表";
                    case TARGET_TABLE -> "绩效目标表";
                };
                assertThat(sheet.getSheetName()).isEqualTo(form);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(form);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("（" + framework.year() + "年度）");
                assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0,
                        sheet.getRow(Forms.headerRow(sheet)).getLastCellNum() - 1));
                List<String> headings = Workbooks.texts(sheet).stream().toList();
                assertThat(headings).contains("一级指标", "二级指标", "三级指标", "实际完成值", "偏差原因分析及改进措施", "备注");
                for (Indicator indicator : framework.indicators()) {
                    if (indicator.isFundsRow() && framework.kind() == FrameworkKind.PROJECT_SELF_EVALUATION) {
                        continue;
                    }
                    String shown = indicator.level() > 3 ? "（" + indicator.name() + "）" : indicator.name();
                    assertThat(headings).as(framework.id()).contains(shown);
                }
                // the marker: very hidden, naming the framework and the format's version
                XSSFSheet marker = book.getSheet(TemplateMarker.SHEET);
                assertThat(book.getSheetVisibility(book.getSheetIndex(marker))).isEqualTo(SheetVisibility.VERY_HIDDEN);
                assertThat(Workbooks.texts(marker)).contains("jixiao-xlsx", "1", framework.id(), form, "template");
                // A4 landscape, one page wide, the table's heading repeated on every page, frozen under it
                PrintSetup print = sheet.getPrintSetup();
                assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(print.getLandscape()).isTrue();
                assertThat(print.getFitWidth()).isEqualTo((short) 1);
                int header = Forms.headerRow(sheet);
                assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(header, header, -1, -1));
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
                assertThat(sheet.getColumnWidth(Forms.col(sheet, "三级指标"))).isGreaterThan(sheet.getColumnWidth(0));
                // every formula parses and computes (nothing entered yet: no grade)
                XSSFFormulaEvaluator evaluator = new XSSFFormulaEvaluator(book);
                for (Cell cell : Workbooks.cells(sheet)) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        assertThat(evaluator.evaluate(cell)).as(framework.id() + " " + cell.getAddress()).isNotNull();
                    }
                }
            }
        }
    }

    @Test
    void theProjectFormHasItsFundsBlockAndNumberFormatsForWhatIsTyped() throws Exception {
        try (XSSFWorkbook book = Workbooks.read(Forms.template(BaotouExample.FRAMEWORK))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(Forms.rowWith(sheet, 0, "项目名称").orElseThrow().getCell(1).getStringCellValue()).isEqualTo("教育三项改革资金");
            assertThat(Forms.rowWith(sheet, 0, "实施单位")).isPresent();
            Row funds = Forms.rowWith(sheet, 0, "项目资金（万元）").orElseThrow();
            assertThat(funds.getCell(2).getStringCellValue()).isEqualTo("年初预算数");
            assertThat(funds.getCell(3).getStringCellValue()).isEqualTo("全年预算数");
            assertThat(funds.getCell(4).getStringCellValue()).isEqualTo("全年执行数");
            Row total = Forms.rowWith(sheet, 1, "年度资金总额").orElseThrow();
            assertThat(total.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            int r = total.getRowNum() + 1;
            assertThat(total.getCell(5).getCellFormula()).isEqualTo("IFERROR(IF(D" + r + ">0,E" + r + "/D" + r + ",\"\"),\"\")");
            assertThat(total.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(10.0);
            assertThat(Forms.rowWith(sheet, 1, "其中：财政拨款")).isPresent();

            Row summer = Forms.indicatorRow(sheet, "暑假名师视界直播课节数");
            assertThat(summer.getCell(Forms.col(sheet, "年度指标值")).getStringCellValue()).isEqualTo("96");
            assertThat(summer.getCell(Forms.col(sheet, "计量单位")).getStringCellValue()).isEqualTo("节");
            assertThat(summer.getCell(Forms.col(sheet, "分值")).getNumericCellValue()).isEqualTo(5.0);
            Cell score = summer.getCell(Forms.col(sheet, "得分"));
            assertThat(score.getCellType()).isEqualTo(CellType.BLANK);
            assertThat(score.getCellStyle().getDataFormatString()).isEqualTo("0.0");
            // the cells to type in are shaded
            Cell actual = summer.getCell(Forms.col(sheet, "实际完成值"));
            assertThat(actual.getCellStyle().getFillForegroundColorColor()).isNotNull();
            assertThat(summer.getCell(Forms.col(sheet, "年度指标值")).getCellStyle().getFillForegroundColorColor()).isNull();
            Row grade = Forms.rowWith(sheet, 0, "等级").orElseThrow();
            assertThat(grade.getCell(Forms.col(sheet, "得分")).getCellFormula()).startsWith("IF(COUNTA(E");
        }
    }

    @Test
    void answersARuleKnowsByNameAreADropDown() throws Exception {
        Framework nanjing = ShippedFrameworks.get("nanjing-department");
        byte[] template = Forms.template(nanjing);
        // showDropDown="false": OOXML's way of saying the arrow is shown
        assertThat(FormulaInjectionTests.sheetXml(template)).contains("type=\"list\"").contains("showDropDown=\"false\"")
                .doesNotContain("showDropDown=\"true\"");
        try (XSSFWorkbook book = Workbooks.read(template)) {
            XSSFSheet sheet = book.getSheetAt(0);
            int actual = Forms.col(sheet, "实际完成值");
            assertThat(list(sheet, Forms.indicatorRow(sheet, "决策制度的规范性").getRowNum(), actual))
                    .containsExactly("规范", "较规范", "不规范");
            assertThat(list(sheet, Forms.indicatorRow(sheet, "决策执行监督制衡机制").getRowNum(), actual))
                    .containsExactly("有机制", "有", "无机制", "无");
            // a rule of numbers has no list
            assertThat(list(sheet, Forms.indicatorRow(sheet, "项目资金执行率").getRowNum(), actual)).isEmpty();
            DataValidation a11 = validation(sheet, Forms.indicatorRow(sheet, "决策制度的规范性").getRowNum(), actual);
            assertThat(a11.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            assertThat(Workbooks.texts(sheet)).contains("评分办法", "指标值", "评价为\"规范\"得2分,\"较规范\"得1分,\"不规范\"得0分");
        }
    }

    private static DataValidation validation(XSSFSheet sheet, int row, int col) {
        for (DataValidation v : sheet.getDataValidations()) {
            for (CellRangeAddress range : v.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(row, col)) {
                    return v;
                }
            }
        }
        return null;
    }

    private static List<String> list(XSSFSheet sheet, int row, int col) {
        DataValidation v = validation(sheet, row, col);
        if (v == null) {
            return List.of();
        }
        return List.of(v.getValidationConstraint().getExplicitListValues());
    }
}
