package org.jixiao.web.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.web.JixiaoWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * A table's self-evaluation report (Word, PDF) generated from the stored table, and a filled-in
 * workbook uploaded into a table, through the real security filters on PostgreSQL: the numbers in
 * the files are the stored total, the workbook lands through the one save path, and every refusal
 * leaves the table untouched.
 */
@JixiaoWebTest
class EvaluationFilesTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    Http http;
    Tables tables;

    @BeforeEach
    void setUp() {
        http = new Http(context);
        tables = Tables.of(context);
    }

    private BigDecimal total(long id) {
        return jdbc.sql("select total from evaluation where id = :id").param("id", id).query(BigDecimal.class).single();
    }

    private MockHttpServletResponse download(String user, String uri) throws Exception {
        return http.page(user, get(uri)).getResponse();
    }

    private MvcResult upload(String user, long id, int version, String name, byte[] bytes) throws Exception {
        return http.page(user, multipart("/evaluations/" + id + "/import")
                .file(new MockMultipartFile("file", name, XLSX, bytes)).param("version", String.valueOf(version)).with(csrf()));
    }

    @Test
    void wordReportStatesTheStoredTotal() throws Exception {
        long id = tables.clean();
        MockHttpServletResponse response = download("demo-unit", "/evaluations/" + id + "/report.docx");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;").endsWith(".docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("南京市电化教育馆", "评价结论", total(id).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        }
    }

    @Test
    void pdfReportReadsBackWithPopplerWithTheStoredTotal() throws Exception {
        long id = tables.clean();
        MockHttpServletResponse response = download("demo-reviewer", "/evaluations/" + id + "/report.pdf");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");

        Path pdf = dir.resolve("report.pdf");
        Files.write(pdf, response.getContentAsByteArray());
        Process pdftotext = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(pdftotext.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", "");
        assertThat(pdftotext.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(text).contains("南京市电化教育馆", "自评得分" + total(id).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "分");
    }

    @Test
    void reportsOfATableOutsideTheScopeAreNotFound() throws Exception {
        long shenzhen = tables.draft(tables.shenzhen());
        assertThat(download("demo-unit", "/evaluations/" + shenzhen + "/report.docx").getStatus()).isEqualTo(404);
        assertThat(download("demo-unit", "/evaluations/" + shenzhen + "/report.pdf").getStatus()).isEqualTo(404);
    }

    @Test
    void anExportedTableUploadedIntoAnEmptyDraftFillsItWithTheSameEntries() throws Exception {
        long filled = tables.clean();
        byte[] workbook = download("demo-unit", "/evaluations/" + filled + "/export.xlsx").getContentAsByteArray();
        long empty = tables.draft();

        MvcResult result = upload("demo-unit", empty, tables.version(empty), "填好的表.xlsx", workbook);

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/evaluations/" + empty);
        assertThat(result.getFlashMap().get("problem")).as("%s", result.getFlashMap()).isNull();
        assertThat(result.getFlashMap().get("notice")).isEqualTo("notice.imported");
        for (String code : Tables.cleanRows().keySet()) {
            assertThat(tables.actual(empty, code)).as(code).isEqualTo(tables.actual(filled, code));
        }
        assertThat(total(empty)).isEqualByComparingTo(total(filled));
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedAndTheTableIsUntouched() throws Exception {
        long id = tables.clean();
        int version = tables.version(id);
        long changes = tables.changes(id);

        MvcResult result = upload("demo-unit", id, version, "表.xlsx", "这不是工作簿".getBytes(StandardCharsets.UTF_8));

        assertThat(result.getFlashMap().get("problemCode")).isEqualTo("NOT_XLSX");
        assertThat(tables.version(id)).isEqualTo(version);
        assertThat(tables.changes(id)).isEqualTo(changes);
    }

    @Test
    void aWorkbookOfAnotherFrameworkListsItsProblemsAndChangesNothing() throws Exception {
        // the table is scored by Baotou's framework; a template of Nanjing's names another one in its marker
        long id = tables.clean();
        int version = tables.version(id);
        java.io.ByteArrayOutputStream other = new java.io.ByteArrayOutputStream();
        org.jixiao.formats.xlsx.TemplateXlsx.write(org.jixiao.core.framework.ShippedFrameworks.get("nanjing-department"), other);

        MvcResult result = upload("demo-unit", id, version, "别的表.xlsx", other.toByteArray());

        assertThat(result.getFlashMap().get("problemCode")).isEqualTo("IMPORT_REFUSED");
        assertThat(result.getFlashMap().get("importProblems")).asString().contains("FRAMEWORK_UNKNOWN");
        assertThat(tables.version(id)).isEqualTo(version);
    }

    @Test
    void theAuditorCannotImportAndNobodyImportsOutsideTheirScope() throws Exception {
        long id = tables.clean();
        byte[] workbook = download("demo-unit", "/evaluations/" + id + "/export.xlsx").getContentAsByteArray();
        int version = tables.version(id);

        MvcResult auditor = upload("demo-auditor", id, version, "t.xlsx", workbook);
        assertThat(auditor.getFlashMap().get("problemCode")).isEqualTo("NOT_EDITABLE");
        assertThat(tables.version(id)).isEqualTo(version);

        long shenzhen = tables.draft(tables.shenzhen());
        assertThat(upload("demo-unit", shenzhen, tables.version(shenzhen), "t.xlsx", workbook).getResponse().getStatus()).isEqualTo(404);
    }

    private long tableCount() {
        return jdbc.sql("select count(*) from evaluation").query(Long.class).single();
    }

    private MvcResult uploadNew(String user, String name, byte[] bytes) throws Exception {
        return http.page(user, multipart("/evaluations/import")
                .file(new MockMultipartFile("file", name, XLSX, bytes)).with(csrf()));
    }

    /** A clean table's export with another project name typed into its title row, as a person would. */
    private byte[] renamed(long id, String project) throws Exception {
        byte[] exported = download("demo-unit", "/evaluations/" + id + "/export.xlsx").getContentAsByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(exported));
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            book.getSheetAt(0).getRow(2).getCell(1).setCellValue(project);
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aFrameworksBlankFormIsDownloadedWithTheUsersUnit() throws Exception {
        MockHttpServletResponse response = download("demo-unit", "/frameworks/" + tables.frameworkId() + "/template.xlsx");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(XLSX);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("项目支出绩效自评表");
            StringBuilder text = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
            assertThat(text).contains("南京市电化教育馆", "三级指标", "实际完成值");
        }
    }

    @Test
    void aFilledInWorkbookBecomesANewTableWithItsEntries() throws Exception {
        long filled = tables.clean();
        String project = "导入新建项目-" + System.nanoTime();

        MvcResult result = uploadNew("demo-unit", "新表.xlsx", renamed(filled, project));

        assertThat(result.getFlashMap().get("problem")).as("%s", result.getFlashMap()).isNull();
        long created = jdbc.sql("select id from evaluation where project = :p").param("p", project).query(Long.class).single();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/evaluations/" + created);
        assertThat(tables.status(created)).isEqualTo("DRAFT");
        for (String code : Tables.cleanRows().keySet()) {
            assertThat(tables.actual(created, code)).as(code).isEqualTo(tables.actual(filled, code));
        }
        assertThat(total(created)).isEqualByComparingTo(total(filled));
    }

    @Test
    void aNewTableThatCannotBeCreatedLeavesNothingBehind() throws Exception {
        long filled = tables.clean();
        byte[] sameProject = download("demo-unit", "/evaluations/" + filled + "/export.xlsx").getContentAsByteArray();
        long before = tableCount();

        MvcResult duplicate = uploadNew("demo-unit", "同名.xlsx", sameProject);
        assertThat(duplicate.getFlashMap().get("problemCode")).isEqualTo("PROJECT_EXISTS");

        MvcResult auditor = uploadNew("demo-auditor", "t.xlsx", renamed(filled, "审计导入-" + System.nanoTime()));
        assertThat(auditor.getFlashMap().get("problemCode")).isEqualTo("NOT_ALLOWED");

        MvcResult notAWorkbook = uploadNew("demo-unit", "t.xlsx", "文本".getBytes(StandardCharsets.UTF_8));
        assertThat(notAWorkbook.getFlashMap().get("problemCode")).isEqualTo("NOT_XLSX");
        assertThat(tableCount()).isEqualTo(before);
    }
}
