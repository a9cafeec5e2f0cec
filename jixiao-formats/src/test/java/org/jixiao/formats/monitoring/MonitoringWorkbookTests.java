package org.jixiao.formats.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.formats.monitoring.MonitoringExamples.YEAR;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.monitoring.CauseCategory;
import org.jixiao.core.monitoring.ExecutionFigure;
import org.jixiao.core.monitoring.ExecutionSeries;
import org.jixiao.core.monitoring.IndicatorProgress;
import org.jixiao.core.monitoring.ProgressStatus;
import org.jixiao.core.monitoring.dashboard.UnitMonitoring;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.core.monitoring.dashboard.LateItem;
import org.jixiao.core.number.Amount;
import org.jixiao.core.number.MoneyUnit;
import org.jixiao.core.number.Percentage;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.monitoring.CellProblem.Code;
import org.junit.jupiter.api.Test;

class MonitoringWorkbookTests {

    @Test
    void theTemplateFilledWithRecordsReadsBackTheSame() {
        MonitoringWorkbook content = MonitoringExamples.shenzhenAndSuzhou();
        byte[] xlsx = MonitoringExamples.template(content);

        MonitoringWorkbook read = MonitoringWorkbookReader.read("监控.xlsx", xlsx, YEAR, ReadLimits.DEFAULTS);

        assertThat(read).isEqualTo(content);
    }

    @Test
    void theEmptyTemplateHasTheSheetsAndHeadingsAndReadsAsNothing() throws IOException {
        byte[] xlsx = MonitoringExamples.template(new MonitoringWorkbook(List.of(), List.of(), List.of(), List.of()));
        try (XSSFWorkbook poi = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(List.of(poi.getSheetName(0), poi.getSheetName(1), poi.getSheetName(2), poi.getSheetName(3), poi.getSheetName(4)))
                    .containsExactly("执行情况", "指标进度", "偏差说明", "支出计划", "填写说明");
            XSSFRow header = poi.getSheet("偏差说明").getRow(0);
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("原因类别");
            // the drop-down lists a spreadsheet shows
            assertThat(poi.getSheet("偏差说明").getDataValidations()).anySatisfy(v ->
                    assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("资金", "制度", "人员", "设备", "其他"));
            assertThat(poi.getSheet("执行情况").getDataValidations()).anySatisfy(v ->
                    assertThat(v.getValidationConstraint().getExplicitListValues()).contains("2024年第一季度", "2024年上半年", "2024年3月"));
        }
        assertThat(MonitoringWorkbookReader.read("空.xlsx", xlsx, YEAR, ReadLimits.DEFAULTS).isEmpty()).isTrue();
    }

    /** What a unit types in Excel, in the ways Excel stores it: numbers, texts, a percentage cell, a date. */
    @Test
    void whatAUserTypesInExcelIsRead() throws IOException {
        byte[] xlsx = fill(poi -> {
            XSSFSheet s = poi.getSheet("执行情况");
            row(s, 1, "", "2024年第一季度", null, null, null, 7.73);
            row(s, 2, "部门整体", "2024-Q2", "", null, null, "38.09%");
            XSSFRow third = row(s, 3, null, "三季度", null, null, null, null);
            CellStyle percent = poi.createCellStyle();
            percent.setDataFormat(poi.createDataFormat().getFormat("0.00%"));
            third.createCell(5).setCellValue(0.7271);
            third.getCell(5).setCellStyle(percent);
            // "2024-12" typed into Excel is stored as a date
            XSSFRow fourth = row(s, 4, "安保经费", null, "元", "560000", 300000.5, null);
            CellStyle date = poi.createCellStyle();
            date.setDataFormat(poi.createDataFormat().getFormat("yyyy-mm"));
            fourth.createCell(1).setCellValue(LocalDate.of(2024, 12, 1));
            fourth.getCell(1).setCellStyle(date);
            row(poi.getSheet("偏差说明"), 1, "预算执行", "安保经费", "2024年12月", "资金原因", "", "加快支付", "有可能");
            row(poi.getSheet("指标进度"), 1, "2.1.3", "预算执行率", "2024年上半年", "=45%", "=100%", 0.4);
        });

        MonitoringWorkbook read = MonitoringWorkbookReader.read("填好的.xlsx", xlsx, YEAR, ReadLimits.DEFAULTS);

        assertThat(read.figures()).extracting(MonitoringWorkbook.FigureRow::figure).containsExactly(
                new ExecutionFigure.Stated(FiscalPeriod.quarter(YEAR, 1), Percentage.of("7.73")),
                new ExecutionFigure.Stated(FiscalPeriod.quarter(YEAR, 2), Percentage.of("38.09")),
                new ExecutionFigure.Stated(FiscalPeriod.quarter(YEAR, 3), Percentage.of("72.71")),
                new ExecutionFigure.Amounts(FiscalPeriod.month(YEAR, 12), Amount.yuan("560000"), Amount.yuan("300000.5")));
        assertThat(read.figures()).extracting(MonitoringWorkbook.FigureRow::project).containsExactly("", "", "", "安保经费");
        assertThat(((ExecutionFigure.Amounts) read.figures().get(3).figure()).budget().unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(read.deviations()).containsExactly(new MonitoringWorkbook.DeviationRow(2, LateItem.Kind.EXECUTION, "安保经费",
                FiscalPeriod.month(YEAR, 12), CauseCategory.FUNDS, "", "加快支付", Likelihood.POSSIBLE));
        assertThat(read.indicators().get(0).actual()).as("a number cell is read as written").isEqualTo("0.4");
    }

    @Test
    void everyBadCellIsReportedWithItsSheetCellCodeAndMessageAndNothingIsRead() {
        byte[] xlsx = fill(poi -> {
            XSSFSheet s = poi.getSheet("执行情况");
            row(s, 1, "", "2024年第五季度", null, "abc", "10", null);
            row(s, 2, "项目甲", "2023年第一季度", "美元", "100", null, null);
            row(s, 3, "项目乙", "2024年3月", null, "100", "-5", null);
            row(s, 4, "项目丙", "2024年3月", null, "100", "20", "20");
            row(s, 5, "项目丁", "2024年3月", null, null, null, null);
            row(s, 6, "项目戊", "2024年6月", null, "100", "50", null);
            row(s, 7, "项目戊", "2024-06", null, "100", "60", null);
            XSSFSheet d = poi.getSheet("偏差说明");
            row(d, 1, "执行", "", "2024年第一季度", "天气", "", "", "也许");
            row(d, 2, "绩效指标", "", "2024年上半年", "人员", "", "补充人员", "确定能");
            XSSFSheet p = poi.getSheet("支出计划");
            row(p, 1, "明细", "项目支出", "万元", "1", "2");
            row(p, 2, "基本支出", "", "元", "1", "2");
            row(p, 3, "项目支出", "", "万元", null, "2");
        });

        assertThatThrownBy(() -> MonitoringWorkbookReader.read("错误.xlsx", xlsx, YEAR, ReadLimits.DEFAULTS))
                .isInstanceOfSatisfying(MonitoringWorkbookException.class, e -> {
                    assertThat(e.problems()).extracting(p -> p.sheet() + "!" + p.cell() + " " + p.code()).containsExactly(
                            "执行情况!B2 BAD_PERIOD", "执行情况!D2 NOT_A_NUMBER",
                            "执行情况!B3 WRONG_YEAR", "执行情况!C3 BAD_MONEY_UNIT",
                            "执行情况!E4 NEGATIVE",
                            "执行情况!F5 AMOUNTS_AND_RATE",
                            "执行情况!D6 MISSING_FIGURE",
                            "执行情况!A8 DUPLICATE",
                            "偏差说明!A2 BAD_KIND", "偏差说明!D2 BAD_CAUSE", "偏差说明!F2 MISSING_VALUE", "偏差说明!G2 BAD_LIKELIHOOD",
                            "偏差说明!B3 MISSING_VALUE",
                            "支出计划!B2 UNKNOWN_PARENT",
                            "支出计划!D4 MISSING_VALUE");
                    assertThat(e.problems().get(1).message())
                            .isEqualTo("工作表“执行情况”D2（全年预算数）：“abc”不是数字，应填写金额，如 1093.84");
                    assertThat(e.problems().get(1).found()).isEqualTo("abc");
                    assertThat(e.problems().get(2).message()).isEqualTo(
                            "工作表“执行情况”B3（期间）：“2023年第一季度”属于2023年度，本次导入的是2024年度");
                    assertThat(e.problems().get(7).message()).isEqualTo("工作表“执行情况”A8（项目名称（部门整体留空））：“项目戊”2024年6月重复填报");
                    assertThat(e.getMessage()).startsWith("文件“错误.xlsx”有15处错误，未导入任何数据：");
                });
    }

    @Test
    void theMixedMoneyUnitsOfAPlanAreRefused() {
        byte[] xlsx = fill(poi -> {
            XSSFSheet p = poi.getSheet("支出计划");
            row(p, 1, "基本支出", "", "万元", "1", "2");
            row(p, 2, "项目支出", "", "元", "1", "2");
        });
        assertThatThrownBy(() -> MonitoringWorkbookReader.read("计划.xlsx", xlsx, YEAR, ReadLimits.DEFAULTS))
                .isInstanceOfSatisfying(MonitoringWorkbookException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.cell() + " " + p.code() + " " + p.message()).containsExactly(
                                "C3 MIXED_MONEY_UNITS 工作表“支出计划”C3（金额单位）：金额单位为元，与第2行的万元不同；支出计划须使用同一金额单位"));
    }

    @Test
    void changedHeadingsAndAWorkbookWithoutTheSheetsAreRefused() {
        byte[] renamed = fill(poi -> poi.getSheet("执行情况").getRow(0).getCell(3).setCellValue("预算"));
        assertThatThrownBy(() -> MonitoringWorkbookReader.read("旧.xlsx", renamed, YEAR, ReadLimits.DEFAULTS))
                .isInstanceOfSatisfying(MonitoringWorkbookException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.cell() + " " + p.code() + " " + p.found() + " " + p.expected())
                        .containsExactly("D1 BAD_HEADER 预算 全年预算数"));

        byte[] other = poiWorkbook(poi -> poi.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("x"));
        assertThatThrownBy(() -> MonitoringWorkbookReader.read("别的.xlsx", other, YEAR, ReadLimits.DEFAULTS))
                .isInstanceOfSatisfying(MonitoringWorkbookException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.sheet() + "!" + p.cell() + " " + p.code()).containsExactly("Sheet1!A1 NO_MONITORING_SHEET"));
    }

    @Test
    void aFormulaWithoutAResultAndAnErrorCellAreReported() {
        byte[] xlsx = fill(poi -> {
            XSSFRow r = row(poi.getSheet("执行情况"), 1, "", "2024年3月", null, "100", null, null);
            r.createCell(4).setCellFormula("D2*0.3");
        });
        // POI writes no result for a formula it has not evaluated
        assertThatThrownBy(() -> MonitoringWorkbookReader.read("公式.xlsx", xlsx, YEAR, ReadLimits.DEFAULTS))
                .isInstanceOfSatisfying(MonitoringWorkbookException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.cell() + " " + p.code()).contains("E2 NO_VALUE"));

        byte[] evaluated = fill(poi -> {
            XSSFRow r = row(poi.getSheet("执行情况"), 1, "", "2024年3月", null, "100", null, null);
            r.createCell(4).setCellFormula("D2*0.3");
            poi.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        assertThat(MonitoringWorkbookReader.read("公式.xlsx", evaluated, YEAR, ReadLimits.DEFAULTS).figures().get(0).figure())
                .as("a formula's stored result is read").isEqualTo(new ExecutionFigure.Amounts(FiscalPeriod.month(YEAR, 3),
                        Amount.wan("100"), Amount.wan("30")));
    }

    @Test
    void withoutAYearGivenTheWorkbooksOwnYearIsTaken() {
        MonitoringWorkbook content = MonitoringExamples.shenzhenAndSuzhou();
        MonitoringWorkbook read = MonitoringWorkbookReader.read("监控.xlsx", MonitoringExamples.template(content),
                OptionalInt.empty(), ReadLimits.DEFAULTS);
        assertThat(read).isEqualTo(content);
        assertThat(read.year()).hasValue(YEAR);

        byte[] twoYears = fill(poi -> {
            XSSFSheet s = poi.getSheet("执行情况");
            row(s, 1, "", "三季度", null, null, null, "70");
            row(s, 2, "", "2023年第一季度", null, null, null, "7");
            row(s, 3, "", "2024-Q2", null, null, null, "38");
        });
        assertThatThrownBy(() -> MonitoringWorkbookReader.read("两年.xlsx", twoYears, OptionalInt.empty(), ReadLimits.DEFAULTS))
                .isInstanceOfSatisfying(MonitoringWorkbookException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.cell() + " " + p.code() + " " + p.message()).containsExactly(
                                "B2 BAD_PERIOD 工作表“执行情况”B2（期间）：“三季度”未写明年度，应填写如“" + java.time.Year.now()
                                        + "年第一季度”“" + java.time.Year.now() + "年3月”“" + java.time.Year.now() + "年上半年”（或指定导入的年度）",
                                "B4 WRONG_YEAR 工作表“执行情况”B4（期间）：“2024-Q2”属于2024年度，与工作表“执行情况”B3的2023年度不同；一个工作簿只填一个年度"));
        // given the year, "三季度" is that year's
        assertThat(MonitoringWorkbookReader.read("一年.xlsx", fill(poi -> row(poi.getSheet("执行情况"), 1, "", "三季度", null, null, null, "70")),
                OptionalInt.of(YEAR), ReadLimits.DEFAULTS).year()).hasValue(YEAR);
    }

    @Test
    void theRecordsAreHandedToTheCoreAsTheUnitsMonitoring() {
        UnitMonitoring unit = MonitoringExamples.shenzhenAndSuzhou().toUnitMonitoring("深圳市教育局", YEAR);

        assertThat(unit.execution()).extracting(ExecutionSeries::subject, ExecutionSeries::scope, s -> s.figures().size())
                .containsExactly(tuple("深圳市教育局", ExecutionSeries.Scope.UNIT, 4),
                        tuple("苏州教育E卡通学生卡运营服务", ExecutionSeries.Scope.PROJECT, 1));
        // =45% at mid-year, =100% for the year: 37.28 % is behind; no actual: cannot tell
        assertThat(unit.indicators()).extracting(IndicatorProgress::code, IndicatorProgress::status, i -> i.unclear().map(Enum::name).orElse(""))
                .containsExactly(tuple("2.1.3", ProgressStatus.BEHIND, ""),
                        tuple("3.1.1.6", ProgressStatus.CANNOT_TELL, "VALUE_MISSING"));
        assertThat(unit.deviations()).singleElement().satisfies(d -> {
            assertThat(d.item()).as("the unit's own deviation is filed under the unit").isEqualTo("深圳市教育局");
            assertThat(d.cause()).isEqualTo(CauseCategory.SYSTEM);
        });
        // a target with a written sign is read the way a framework without direction: reads it
        MonitoringWorkbook.IndicatorRow complaints = new MonitoringWorkbook.IndicatorRow(2, "3.2", "投诉次数",
                FiscalPeriod.halfYear(YEAR, 1), "≤3次", "≤5次", "4次");
        assertThat(complaints.progress().status()).isEqualTo(ProgressStatus.BEHIND);
    }

    // ------------------------------------------------------------------ helpers

    interface Filler {
        void fill(XSSFWorkbook poi) throws IOException;
    }

    /** The empty template, filled by POI as a user would in Excel. */
    static byte[] fill(Filler filler) {
        byte[] template = MonitoringExamples.template(new MonitoringWorkbook(List.of(), List.of(), List.of(), List.of()));
        try (XSSFWorkbook poi = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            filler.fill(poi);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            poi.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] poiWorkbook(Filler filler) {
        try (XSSFWorkbook poi = new XSSFWorkbook()) {
            filler.fill(poi);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            poi.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A row of cells: a String is a text cell, a Number a number cell, null no cell. */
    static XSSFRow row(XSSFSheet sheet, int index, Object... values) {
        XSSFRow row = sheet.getRow(index) != null ? sheet.getRow(index) : sheet.createRow(index);
        for (int col = 0; col < values.length; col++) {
            Object v = values[col];
            if (v instanceof String s) {
                row.createCell(col).setCellValue(s);
            } else if (v instanceof Number n) {
                row.createCell(col).setCellValue(n.doubleValue());
            }
        }
        return row;
    }
}
