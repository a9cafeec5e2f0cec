package org.jixiao.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.monitoring.CauseCategory;
import org.jixiao.core.monitoring.ExecutionFigure;
import org.jixiao.core.monitoring.FiscalPeriod;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.core.monitoring.dashboard.LateItem;
import org.jixiao.core.number.Amount;
import org.jixiao.formats.monitoring.MonitoringWorkbook;
import org.jixiao.formats.monitoring.MonitoringWorkbook.DeviationRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.FigureRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.IndicatorRow;
import org.jixiao.formats.monitoring.MonitoringWorkbook.PlanRow;
import org.jixiao.web.Html;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.JsonApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * The monitoring workbook through the page and the API: the template downloads (filled with the
 * unit's records), a good workbook is stored whole, a bad one is refused with every bad cell and
 * nothing stored, files that are no workbook or too large are refused by code.
 */
@JixiaoWebTest
class MonitoringImportTests {

    @Autowired
    WebApplicationContext context;

    MonitoringMvc mvc;
    long nanjing;

    @BeforeEach
    void setUp() {
        mvc = new MonitoringMvc(context);
        nanjing = mvc.unit("南京市电化教育馆");
    }

    /** A unit's half year: its quarters as amounts, a project, an indicator, a cause, a two-line plan. */
    private static MonitoringWorkbook good(int year) {
        return new MonitoringWorkbook(
                List.of(new FigureRow(0, "", ExecutionFigure.amounts(FiscalPeriod.quarter(year, 1), Amount.wan("1000"), Amount.wan("150"))),
                        new FigureRow(0, "", ExecutionFigure.amounts(FiscalPeriod.quarter(year, 2), Amount.wan("1000"), Amount.wan("380"))),
                        new FigureRow(0, "智慧校园项目", ExecutionFigure.amounts(FiscalPeriod.quarter(year, 2), Amount.yuan("2000000"),
                                Amount.yuan("300000")))),
                List.of(new IndicatorRow(0, "2.1.3", "预算执行率", FiscalPeriod.halfYear(year, 1), "=45%", "=100%", "38%")),
                List.of(new DeviationRow(0, LateItem.Kind.EXECUTION, "智慧校园项目", FiscalPeriod.quarter(year, 2), CauseCategory.EQUIPMENT,
                        "设备到货延迟", "督促供应商7月底前交付", Likelihood.POSSIBLE)),
                List.of(new PlanRow(0, "基本支出", "", Amount.wan("300"), Amount.wan("600")),
                        new PlanRow(0, "项目支出", "", Amount.wan("200"), Amount.wan("400"))));
    }

    @Test
    void aGoodWorkbookIsStoredWholeAndShowsOnTheDashboard() throws Exception {
        MvcResult r = mvc.upload("demo-unit", "/monitoring/import", "监控2041.xlsx", MonitoringMvc.workbook(2041, good(2041)), "2041");

        assertThat(r.getResponse().getStatus()).as(MonitoringMvc.html(r)).isEqualTo(302);
        assertThat(r.getFlashMap().get("notice")).isEqualTo("monitoring.notice.imported");
        assertThat(mvc.count("monitoring_execution", nanjing, 2041)).isEqualTo(3);
        assertThat(mvc.count("monitoring_indicator", nanjing, 2041)).isEqualTo(1);
        assertThat(mvc.count("monitoring_deviation", nanjing, 2041)).isEqualTo(1);
        assertThat(mvc.count("monitoring_plan", nanjing, 2041)).isEqualTo(2);

        JsonApi.Answer a = new JsonApi(context).get("demo-reviewer", "/api/monitoring/units/" + nanjing + "?year=2041");
        assertThat(a.<List<String>>read("$.curve.points[*].progress")).containsExactly("15.00", "38.00");
        assertThat(a.<List<String>>read("$.curve.points[*].level")).containsExactly("on-track", "yellow");
        // the project is 15 % at mid-year (35 behind: red), with the cause the workbook gave
        assertThat(a.<List<String>>read("$.lateItems[*].item")).containsExactly("南京市电化教育馆（南京市教育信息化中心）", "智慧校园项目", "2.1.3");
        assertThat(a.<List<String>>read("$.lateItems[*].level")).containsExactly("yellow", "red", null);
        assertThat(a.<String>read("$.lateItems[1].deviation.cause")).isEqualTo("EQUIPMENT");
        assertThat(a.<String>read("$.plan.plannedShare")).isEqualTo("50.00");
        assertThat(a.<Boolean>read("$.plan.consistent")).isTrue();
        assertThat(a.<String>read("$.executionScoreProblem")).isEqualTo("缺少2041年第三季度支出进度");

        // the template downloads again, filled with what was imported
        MvcResult template = mvc.page("demo-unit", "/monitoring/template.xlsx?year=2041");
        assertThat(template.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(template.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"monitoring-2041.xlsx\"; filename*=UTF-8''%E8%BF%90%E8%A1%8C");
        try (XSSFWorkbook poi = new XSSFWorkbook(new ByteArrayInputStream(template.getResponse().getContentAsByteArray()))) {
            XSSFSheet s = poi.getSheet("执行情况");
            assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("智慧校园项目");
            assertThat(s.getRow(3).getCell(2).getStringCellValue()).isEqualTo("元");
            assertThat(s.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(2_000_000d);
            assertThat(poi.getSheet("支出计划").getRow(2).getCell(0).getStringCellValue()).isEqualTo("项目支出");
        }
    }

    @Test
    void aBadWorkbookIsRefusedCellByCellAndNothingIsStored() throws Exception {
        byte[] xlsx = edit(MonitoringMvc.workbook(2042, good(2042)), poi -> {
            XSSFSheet s = poi.getSheet("执行情况");
            s.getRow(1).getCell(3).setCellValue("一千");
            s.getRow(2).getCell(1).setCellValue("2041年第二季度");
            poi.getSheet("偏差说明").getRow(1).getCell(3).setCellValue("天气");
        });
        long before = mvc.rows();

        MvcResult r = mvc.upload("demo-unit", "/monitoring/import", "错误.xlsx", xlsx, "2042");

        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String page = MonitoringMvc.html(r);
        assertThat(Html.all(Html.section(page, "import-problems"), "data-field=\"([^\"]*)\"")).containsExactly(
                "执行情况!D2", "执行情况!B3", "偏差说明!D2");
        assertThat(Html.section(page, "import-problems"))
                .contains("工作表“执行情况”D2（全年预算数）：“一千”不是数字，应填写金额，如 1093.84")
                .contains("工作表“执行情况”B3（期间）：“2041年第二季度”属于2041年度，本次导入的是2042年度")
                .contains("BAD_CAUSE");
        assertThat(mvc.rows()).isEqualTo(before);

        JsonApi.Answer a = new JsonApi(context).upload("demo-unit", "/api/monitoring/import", "错误.xlsx", xlsx, "2042");
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.<List<String>>read("$.problems[*].field")).containsExactly("执行情况!D2", "执行情况!B3", "偏差说明!D2");
        assertThat(a.<List<String>>read("$.problems[*].code")).containsExactly("NOT_A_NUMBER", "WRONG_YEAR", "BAD_CAUSE");
        assertThat(mvc.rows()).isEqualTo(before);
    }

    @Test
    void filesThatAreNoWorkbookAreRefusedByCode() throws Exception {
        long before = mvc.rows();
        assertRefused("/monitoring/import", "表.xlsx", "项目,期间\n".getBytes(StandardCharsets.UTF_8), "NOT_XLSX");
        assertRefused("/monitoring/import", "表.xls", new byte[] {1, 2, 3}, "BAD_EXTENSION");
        assertRefused("/monitoring/import", "表.xlsx", new byte[(int) MonitoringEntry.MAX_UPLOAD_BYTES + 1], "FILE_TOO_LARGE");
        byte[] empty = MonitoringMvc.workbook(2043, new MonitoringWorkbook(List.of(), List.of(), List.of(), List.of()));
        assertRefused("/monitoring/import", "空.xlsx", empty, "EMPTY_WORKBOOK");

        JsonApi.Answer big = new JsonApi(context).upload("demo-unit", "/api/monitoring/import", "表.xlsx",
                new byte[(int) MonitoringEntry.MAX_UPLOAD_BYTES + 1], "2043");
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.<String>read("$.code")).isEqualTo("FILE_TOO_LARGE");
        assertThat(big.<String>read("$.message")).isEqualTo("文件“表.xlsx”超过5 MB，请删去多余的内容后再导入");
        assertThat(mvc.rows()).isEqualTo(before);
    }

    private void assertRefused(String path, String name, byte[] content, String code) throws Exception {
        MvcResult r = mvc.upload("demo-unit", path, name, content, "2043");
        String page = MonitoringMvc.html(r);
        assertThat(Html.all(page, "id=\"import-refused\"[^>]*data-code=\"([A-Z_]+)\"")).as(name).containsExactly(code);
    }

    interface Edit {
        void apply(XSSFWorkbook poi);
    }

    /** The workbook as a user changes it in a spreadsheet program (here POI). */
    private static byte[] edit(byte[] xlsx, Edit edit) throws Exception {
        try (XSSFWorkbook poi = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            edit.apply(poi);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            poi.write(out);
            return out.toByteArray();
        }
    }
}
