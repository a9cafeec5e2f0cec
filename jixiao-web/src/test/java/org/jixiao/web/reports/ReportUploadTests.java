package org.jixiao.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.web.JixiaoWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/** Uploading a report: stored under the user's unit and reviewed, or refused with its code and nothing stored. */
@JixiaoWebTest
class ReportUploadTests {

    /** A department score table whose items add up to 2 + 1 = 3 while its 合计 says 4. */
    static final List<List<String>> WRONG_TOTAL = List.of(
            List.of("一级指标", "二级指标", "三级指标", "标准值", "完成值", "权值", "得分", "评分办法"),
            List.of("A决策", "A1机制", "A11制度规范性", "规范", "规范", "2", "2", "评价为\"规范\"得2分,\"较规范\"得1分,\"不规范\"得0分"),
            List.of("", "", "A12流程科学性", "科学", "较科学", "2", "1", "评价为\"科学\"得2分,\"较科学\"得1分,\"不科学\"得0分"),
            List.of("合计", "", "", "", "", "4", "4", ""));
    static final String TITLE = "上传测试中心2024年度部门整体支出绩效自评报告";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    ReportsMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = new ReportsMvc(context);
    }

    static String markdown() {
        StringBuilder md = new StringBuilder("# " + TITLE + "\n\n");
        for (int i = 0; i < WRONG_TOTAL.size(); i++) {
            md.append("| ").append(String.join(" | ", WRONG_TOTAL.get(i))).append(" |\n");
            if (i == 0) {
                md.append("|---".repeat(WRONG_TOTAL.get(0).size())).append("|\n");
            }
        }
        return md.toString();
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.createParagraph().createRun().setText(TITLE);
            XWPFTable table = docx.createTable();
            table.removeRow(0);
            for (int r = 0; r < WRONG_TOTAL.size(); r++) {
                XWPFTableRow row = table.insertNewTableRow(r);
                for (String cell : WRONG_TOTAL.get(r)) {
                    row.addNewTableCell().setText(cell);
                }
            }
            docx.write(out);
            return out.toByteArray();
        }
    }

    private static ReviewPage page(MvcResult result) {
        return (ReviewPage) result.getModelAndView().getModel().get("page");
    }

    private static ReviewPage.Item only(ReviewPage page, String code) {
        return page.groups().stream().flatMap(g -> g.findings().stream()).filter(f -> f.code().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no " + code + " in " + page.groups()));
    }

    private Stored stored(long id) {
        return jdbc.sql("select unit_id, year, file_name, format, uploaded_by, error_count, source is not null from published_report where id = :id")
                .param("id", id).query((rs, n) -> new Stored(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getBoolean(7))).single();
    }

    record Stored(long unitId, int year, String fileName, String format, String uploadedBy, int errors, boolean hasSource) {
    }

    private static long idOf(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("redirect to the stored report").matches("/reports/\\d+");
        return Long.parseLong(location.substring("/reports/".length()));
    }

    @Test
    void aMarkdownReportWithAWrongTotalIsStoredUnderTheFillersUnitAndShowsTotalMismatch() throws Exception {
        MvcResult upload = mvc.upload("demo-unit", "/reports", "C:\\Users\\填报人\\报告.md", markdown().getBytes(StandardCharsets.UTF_8), "2024");

        long id = idOf(upload);
        assertThat(stored(id)).isEqualTo(new Stored(mvc.unitOf("demo-unit"), 2024, "报告.md", "TEXT", "demo-unit", 1, false));

        MvcResult shown = mvc.page("demo-unit", "/reports/" + id);
        ReviewPage.Item total = only(page(shown), "TOTAL_MISMATCH");
        // the 合计 row is line 7: title, blank, header, separator, A11, A12, 合计
        assertThat(total.line()).isEqualTo(7);
        assertThat(total.expected()).isEqualTo("3");
        assertThat(total.found()).isEqualTo("4");
        assertThat(page(shown).lines().get(6).text()).startsWith("| 合计");
        assertThat(ReportsMvc.html(shown)).contains("href=\"#line-7\"", "id=\"line-7\"", TITLE);
        // the department's reviewer sees it too
        assertThat(mvc.page("demo-reviewer", "/reports/" + id).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aDocxReportIsReadByTheWordReaderStoredWithItsBytesAndItsRowsAreItsLines() throws Exception {
        MvcResult upload = mvc.upload("demo-unit", "/reports", "自评报告.docx", docx(), "2024");

        long id = idOf(upload);
        Stored stored = stored(id);
        assertThat(stored.format()).isEqualTo("DOCX");
        assertThat(stored.hasSource()).isTrue();
        assertThat(stored.unitId()).isEqualTo(mvc.unitOf("demo-unit"));

        ReviewPage page = page(mvc.page("demo-unit", "/reports/" + id));
        ReviewPage.Item total = only(page, "TOTAL_MISMATCH");
        // the .docx reader's lines: the title paragraph is line 1, the table's rows lines 2 to 5
        assertThat(total.line()).isEqualTo(5);
        assertThat(page.lines().get(0).text()).isEqualTo(TITLE);
        assertThat(page.lines().get(4).text()).startsWith("| 合计 |");
        assertThat(page.tables()).extracting(t -> t.kind().name()).containsExactly("DEPARTMENT_EVALUATION");
    }

    @Test
    void aReviewerChecksAReportWithoutStoringItButCannotStoreOne() throws Exception {
        long before = mvc.reportCount();

        MvcResult checked = mvc.upload("demo-reviewer", "/reports/check", "check.md", markdown().getBytes(StandardCharsets.UTF_8), "2024");
        assertThat(checked.getResponse().getStatus()).isEqualTo(200);
        assertThat(only(page(checked), "TOTAL_MISMATCH").line()).isEqualTo(7);
        assertThat(ReportsMvc.html(checked)).contains("id=\"not-saved\"");

        MvcResult stored = mvc.upload("demo-reviewer", "/reports", "check.md", markdown().getBytes(StandardCharsets.UTF_8), "2024");
        assertThat(stored.getResponse().getStatus()).isEqualTo(403);
        assertThat(ReportsMvc.html(stored)).contains("data-code=\"STORE_NOT_ALLOWED\"");
        assertThat(mvc.reportCount()).isEqualTo(before);
    }

    @Test
    void theAuditorCannotUploadOrCheck() throws Exception {
        long before = mvc.reportCount();
        byte[] md = markdown().getBytes(StandardCharsets.UTF_8);

        for (String path : List.of("/reports", "/reports/check")) {
            MvcResult refused = mvc.upload("demo-auditor", path, "a.md", md, "2024");
            assertThat(refused.getResponse().getStatus()).isEqualTo(403);
            assertThat(ReportsMvc.html(refused)).contains("data-code=\"READ_ONLY\"", "审计人员只能查看报告，不能上传");
        }
        assertThat(mvc.reportCount()).isEqualTo(before);
    }

    @Test
    void hostileAndUnreadableFilesAreRefusedWithTheirCodesAndNothingIsStored() throws Exception {
        long before = mvc.reportCount();
        byte[] md = markdown().getBytes(StandardCharsets.UTF_8);

        assertRefused("renamed.docx", md, "2024", "NOT_DOCX", "可能只是改了扩展名");
        assertRefused("bomb.docx", zipBomb(), "2024", "ZIP_BOMB", "压缩炸弹");
        assertRefused("report.exe", md, "2024", "BAD_EXTENSION", "只能上传");
        assertRefused("../../.md", md, "2024", "BAD_EXTENSION", "只能上传");
        assertRefused("gbk.txt", TITLE.getBytes(Charset.forName("GBK")), "2024", "NOT_UTF8", "UTF-8");
        assertRefused("nul.txt", "a\0b".getBytes(StandardCharsets.UTF_8), "2024", "NOT_TEXT", "二进制");
        assertRefused("empty.md", new byte[0], "2024", "EMPTY_FILE", "空的");
        assertRefused("report.md", md, "1999", "BAD_YEAR", "2000 至 2100");
        assertRefused("report.md", md, "二〇二四", "BAD_YEAR", "2000 至 2100");
        assertThat(mvc.reportCount()).isEqualTo(before);
    }

    private void assertRefused(String name, byte[] content, String year, String code, String words) throws Exception {
        MvcResult refused = mvc.upload("demo-unit", "/reports", name, content, year);
        assertThat(refused.getResponse().getStatus()).as(name).isEqualTo(400);
        assertThat(ReportsMvc.html(refused)).as(name).contains("data-code=\"" + code + "\"", "<code>" + code + "</code>", words);
    }

    /** 50 MB of zeros deflate to about 50 KB: a ratio near 1000, ten times the reader's limit. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(200 * 1024);
        return bytes.toByteArray();
    }
}
