package org.jixiao.web.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.web.JixiaoWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * The Excel downloads through the real security filters: a table as its form, the list with the
 * page's filters; both only within the user's scope. Tables are the test's own, found by a marker.
 */
@JixiaoWebTest
class ExcelExportTests {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    WebApplicationContext context;
    @Autowired
    TableImport imports;
    @Autowired
    JdbcClient jdbc;

    Http http;
    Tables tables;

    @BeforeEach
    void setUp() {
        http = new Http(context);
        tables = Tables.of(context);
    }

    private MockHttpServletResponse download(String user, String uri) throws Exception {
        MvcResult result = http.page(user, get(uri));
        return result.getResponse();
    }

    private static XSSFWorkbook workbook(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(XLSX);
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    private static Row rowWith(XSSFSheet sheet, int col, String text) {
        for (Row row : sheet) {
            Cell c = row.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text);
    }

    @Test
    void theFillerDownloadsTheirOwnTableAsTheForm() throws Exception {
        long id = tables.clean();
        String project = jdbc.sql("select project from evaluation where id = :id").param("id", id).query(String.class).single();
        MockHttpServletResponse response = download("demo-unit", "/evaluations/" + id + "/export.xlsx");
        try (XSSFWorkbook book = workbook(response)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目支出绩效自评表");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(project);
            // the total is a SUM formula over the rows, as a person would write it; Excel's value is the scorer's
            Cell total = rowWith(sheet, 0, "总分").getCell(7);
            assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
            double computed = new org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator(book).evaluate(total).getNumberValue();
            assertThat(BigDecimal.valueOf(computed)).isEqualByComparingTo("100");
            assertThat(rowWith(sheet, 0, "等级").getCell(7).getStringCellValue()).isEqualTo("优");
            assertThat(rowWith(sheet, 2, "暑假名师视界直播课节数").getCell(4).getStringCellValue()).isEqualTo("96");
        }
        String disposition = response.getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename=\"evaluation-" + id + ".xlsx\"; filename*=UTF-8''")
                .contains(org.jixiao.web.platform.Download.rfc5987("南京市电化教育馆"))
                .contains(org.jixiao.web.platform.Download.rfc5987(project)).endsWith("-2024.xlsx");
    }

    @Test
    void anotherUnitsTableIsNotFoundAndAnAuditorMayRead() throws Exception {
        long shenzhen = tables.draft(tables.shenzhen());
        assertThat(download("demo-unit", "/evaluations/" + shenzhen + "/export.xlsx").getStatus()).isEqualTo(404);
        assertThat(download("demo-unit", "/evaluations/999999999/export.xlsx").getStatus()).isEqualTo(404);
        try (XSSFWorkbook book = workbook(download("demo-auditor", "/evaluations/" + shenzhen + "/export.xlsx"))) {
            assertThat(rowWith(book.getSheetAt(0), 0, "等级").getCell(7).getStringCellValue()).isEqualTo("未定");
        }
        assertThat(download(null, "/evaluations/" + shenzhen + "/export.xlsx").getStatus()).isEqualTo(302);
    }

    @Test
    void aHostileProjectNameStaysText() throws Exception {
        long id = imports.createDraft(tables.nanjing(), tables.frameworkId(), 2024, "=HYPERLINK(\"http://x\",\"y\")", "test");
        MockHttpServletResponse response = download("demo-unit", "/evaluations/" + id + "/export.xlsx");
        try (XSSFWorkbook book = workbook(response)) {
            Cell project = book.getSheetAt(0).getRow(2).getCell(1);
            assertThat(project.getCellType()).isEqualTo(CellType.STRING);
            assertThat(project.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        }
        // the quotes and slashes of the name never reach the header: replaced, then the rest percent-encoded
        String disposition = response.getHeader("Content-Disposition");
        assertThat(disposition.substring(disposition.indexOf("filename*="))).doesNotContain("\"", "/", "(", "=H")
                .contains("%3DHYPERLINK%28_http___x_%2C_y_%29-2024.xlsx");
    }

    /** Three tables named with the marker: two at Nanjing (良 80, 中 70), one at Shenzhen (良 85). */
    private String threeTables() {
        String marker = "导出" + RUN.incrementAndGet() + "号-" + System.nanoTime();
        Object[][] specs = {{tables.nanjing(), "80", "良"}, {tables.nanjing(), "70", "中"}, {tables.shenzhen(), "85", "良"}};
        for (int n = 0; n < specs.length; n++) {
            long id = imports.createDraft((Long) specs[n][0], tables.frameworkId(), 2024, marker + "-" + n, "test");
            jdbc.sql("update evaluation set total = :t, grade = :g, complete = true where id = :id")
                    .param("t", new BigDecimal((String) specs[n][1])).param("g", specs[n][2]).param("id", id).update();
        }
        return marker;
    }

    private static List<List<String>> rows(XSSFSheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            rows.add(List.of(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(),
                    BigDecimal.valueOf(row.getCell(4).getNumericCellValue()).stripTrailingZeros().toPlainString(),
                    row.getCell(5).getStringCellValue(), row.getCell(3).getStringCellValue()));
        }
        return rows;
    }

    @Test
    void theListExportKeepsToTheScopeAndTheFilters() throws Exception {
        String marker = threeTables();
        String q = "?q=" + marker;
        String nanjing = tables.user("demo-unit").unitName();
        try (XSSFWorkbook book = workbook(download("demo-unit", "/evaluations/export.xlsx" + q + "&sort=total"))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位");
            assertThat(rows(sheet)).containsExactly(
                    List.of(nanjing, marker + "-0", "80", "良", "草稿"),
                    List.of(nanjing, marker + "-1", "70", "中", "草稿"));
        }
        try (XSSFWorkbook book = workbook(download("demo-reviewer", "/evaluations/export.xlsx" + q + "&sort=total"))) {
            assertThat(rows(book.getSheetAt(0))).extracting(r -> r.get(1))
                    .containsExactly(marker + "-2", marker + "-0", marker + "-1");
        }
        try (XSSFWorkbook book = workbook(download("demo-reviewer", "/evaluations/export.xlsx" + q + "&grade=良&sort=total-asc"))) {
            assertThat(rows(book.getSheetAt(0))).extracting(r -> r.get(1)).containsExactly(marker + "-0", marker + "-2");
        }
        try (XSSFWorkbook book = workbook(download("demo-reviewer", "/evaluations/export.xlsx" + q + "&unit=" + tables.shenzhen()))) {
            assertThat(rows(book.getSheetAt(0))).extracting(r -> r.get(0)).containsExactly("深圳市教育信息技术中心")
                    .doesNotContain(nanjing);
        }
        // a unit outside the filler's scope gives nothing, not the other unit's rows
        try (XSSFWorkbook book = workbook(download("demo-unit", "/evaluations/export.xlsx" + q + "&unit=" + tables.shenzhen()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
        }
        MockHttpServletResponse english = download("demo-reviewer", "/evaluations/export.xlsx" + q + "&status=DRAFT&lang=en");
        try (XSSFWorkbook book = workbook(english)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Unit");
            assertThat(rows(sheet)).hasSize(3).allSatisfy(r -> assertThat(r.get(4)).isEqualTo("Draft"));
        }
        assertThat(english.getHeader("Content-Disposition")).contains("filename*=UTF-8''tables-");
    }

    @Test
    void theListPageLinksToTheExportWithItsFilters() throws Exception {
        String html = http.page("demo-reviewer", get("/evaluations?q=abc&grade=良&sort=total&errors=true"))
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"export-xlsx\"").contains(
                "href=\"/evaluations/export.xlsx?errors=true&amp;q=abc&amp;grade=%E8%89%AF&amp;sort=total\"");
        long id = tables.draft();
        String table = http.page("demo-unit", get("/evaluations/" + id)).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(table).contains("href=\"/evaluations/" + id + "/export.xlsx\"");
    }

    @Test
    void moreThanTenThousandRowsAreRefusedWithTheReason() throws Exception {
        String marker = "超限导出" + RUN.incrementAndGet() + "-" + System.nanoTime();
        int rows = EvaluationExportController.MAX_LIST_ROWS + 1;
        jdbc.sql("""
                        insert into evaluation (unit_id, framework_id, year, project)
                        select :unit, :framework, 2024, :marker || '-' || n from generate_series(1, :rows) n""")
                .param("unit", tables.nanjing()).param("framework", tables.frameworkId()).param("marker", marker)
                .param("rows", rows).update();
        try {
            MvcResult refused = http.page("demo-unit", get("/evaluations/export.xlsx?q=" + marker));
            assertThat(refused.getResponse().getStatus()).isEqualTo(302);
            assertThat(refused.getResponse().getRedirectedUrl()).startsWith("/evaluations?q=");
            assertThat(refused.getFlashMap().get("problemCode")).isEqualTo("EXPORT_TOO_LARGE");
            assertThat((String) refused.getFlashMap().get("problem")).contains("10,000").contains("10,001");
            // exactly the cap is still written
            jdbc.sql("delete from evaluation where project = :p").param("p", marker + "-1").update();
            try (XSSFWorkbook book = workbook(download("demo-unit", "/evaluations/export.xlsx?q=" + marker))) {
                assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(EvaluationExportController.MAX_LIST_ROWS);
            }
        } finally {
            jdbc.sql("delete from evaluation where strpos(project, :m) = 1").param("m", marker).update();
        }
    }
}
