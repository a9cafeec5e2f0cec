package org.jixiao.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.core.accounts.tables.DemoTables;
import org.jixiao.core.accounts.tables.DisclosureTable;
import org.jixiao.core.accounts.tables.DisclosureTables;
import org.jixiao.core.accounts.tables.StandardTable;
import org.jixiao.core.accounts.tables.UnitKind;
import org.jixiao.formats.ReadLimits;
import org.jixiao.formats.accounts.DisclosureTablesImport;
import org.jixiao.formats.accounts.DisclosureTablesXlsx;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.platform.Download;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the disclosure page draws and offers to download, read back with real readers: the chart data
 * against the tables' own figures, the Word report with POI, the workbooks with the importer.
 */
@JixiaoWebTest
class AccountsFilesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;

    AccountsMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = new AccountsMvc(context);
    }

    /** name → value of a chart's ring, as the JSON gives them. */
    private static Map<String, BigDecimal> ring(String json, String chart) {
        List<Map<String, Object>> data = JsonPath.parse(json).read("$." + chart + ".series[0].data");
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        data.forEach(d -> out.put((String) d.get("name"), new BigDecimal(d.get("value").toString())));
        return out;
    }

    @Test
    void theChartDataAreTheTablesFigures() throws Exception {
        MvcResult answer = mvc.page("demo-reviewer", "/accounts/" + mvc.baotou() + "/charts");
        assertThat(answer.getResponse().getContentType()).startsWith("application/json");
        String json = answer.getResponse().getContentAsString();
        DisclosureTables baotou = DemoTables.baotou2024();
        DisclosureTable summary = baotou.table(StandardTable.SUMMARY).orElseThrow();
        DisclosureTable expenditure = baotou.table(StandardTable.EXPENDITURE).orElseThrow();

        Map<String, BigDecimal> expectedIncome = new LinkedHashMap<>();
        for (String[] source : new String[][] {{"general", "一般公共预算财政拨款收入"}, {"fund", "政府性基金预算财政拨款收入"},
                {"capital", "国有资本经营预算财政拨款收入"}, {"superior", "上级补助收入"}, {"business", "事业收入"},
                {"operating", "经营收入"}, {"affiliated", "附属单位上缴收入"}, {"other", "其他收入"}}) {
            BigDecimal v = summary.value(source[0], "accounts").orElseThrow();
            if (v.signum() != 0) {
                expectedIncome.put(source[1], v);
            }
        }
        assertThat(ring(json, "income")).usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactlyEntriesOf(expectedIncome)
                .containsOnlyKeys("一般公共预算财政拨款收入", "其他收入");
        Map<String, BigDecimal> expectedSpent = new LinkedHashMap<>();
        expectedSpent.put("基本支出", expenditure.value("total", "basic").orElseThrow());
        expectedSpent.put("项目支出", expenditure.value("total", "project").orElseThrow());
        assertThat(ring(json, "expenditure")).usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactlyEntriesOf(expectedSpent);
        assertThat(ring(json, "income").values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("the parts make 本年收入合计").isEqualByComparingTo(summary.value("income", "accounts").orElseThrow());

        // the page draws exactly these options, from data attributes (no inline script under the CSP)
        String page = AccountsMvc.html(mvc.page("demo-reviewer", "/accounts/" + mvc.baotou()));
        JsonNode served = JSON.readTree(json);
        for (String chart : List.of("income", "expenditure")) {
            Matcher m = Pattern.compile("id=\"" + chart + "-chart\" data-chart=\"([^\"]*)\"").matcher(page);
            assertThat(m.find()).as(chart).isTrue();
            assertThat(JSON.readTree(HtmlUtils.htmlUnescape(m.group(1)))).isEqualTo(served.get(chart));
        }
        assertThat(page).doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>")
                .contains("/webjars/echarts/echarts.min.js", "/assets/js/charts.js");
    }

    @Test
    void theWordReportOpensWithPoiAndCarriesTheRegeneratedNarrativeTheChartsAndTheTables() throws Exception {
        MvcResult answer = mvc.page("demo-auditor", "/accounts/" + mvc.baotou() + "/disclosure.docx");
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(answer.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(answer.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"disclosure-").contains("filename*=UTF-8''")
                .contains(Download.rfc5987("包头市电化教育馆-2024-决算公开报告.docx"));
        assertThat(answer.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(answer.getResponse().getContentAsByteArray()));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("包头市电化教育馆决算公开报告（2024 年度）", "增长 22.47%", "变动原因：〔由单位填写〕",
                    "第二部分 单位决算表", "图1 收入决算结构", "图2 支出决算结构");
            assertThat(docx.getAllPictures()).as("both charts, drawn with the machine's Chinese font").hasSize(2);
            assertThat(docx.getTables()).hasSizeGreaterThanOrEqualTo(DemoTables.baotou2024().tables().size());
        }
    }

    @Test
    void thePdfReportReadsBackWithPopplerWithItsFontEmbedded(@TempDir Path dir) throws Exception {
        MvcResult answer = mvc.page("demo-reviewer", "/accounts/" + mvc.baotou() + "/disclosure.pdf");
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(answer.getResponse().getContentType()).isEqualTo("application/pdf");
        Path pdf = dir.resolve("disclosure.pdf");
        Files.write(pdf, answer.getResponse().getContentAsByteArray());
        String text = run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").replaceAll("\\s+", "");
        assertThat(text).contains("包头市电化教育馆决算公开报告（2024年度）", "增长22.47%", "变动原因：〔由单位填写〕");
        assertThat(run("pdffonts", pdf.toString())).as("the Chinese font embedded").containsPattern("(?m)^\\S+\\+\\S+.*\\byes\\b");
        assertThat(mvc.page("demo-unit", "/accounts/" + mvc.baotou() + "/disclosure.pdf").getResponse().getStatus())
                .as("outside the scope").isEqualTo(404);
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void theFilledWorkbookReadsBackAsTheStoredTables() throws Exception {
        MvcResult answer = mvc.page("demo-finance", "/accounts/" + mvc.baotou() + "/tables.xlsx");
        assertThat(answer.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        DisclosureTablesImport read = DisclosureTablesXlsx.read("download.xlsx",
                new ByteArrayInputStream(answer.getResponse().getContentAsByteArray()), ReadLimits.DEFAULTS);
        assertThat(read.problems()).isEmpty();
        assertThat(read.tables()).contains(DemoTables.baotou2024());
    }

    @Test
    void theBlankTemplateNamesTheUsersUnitAndTheYear() throws Exception {
        MvcResult answer = mvc.page("demo-unit", "/accounts/template.xlsx?year=2025&kind=ADMINISTRATIVE");
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        DisclosureTablesImport read = DisclosureTablesXlsx.read("template.xlsx",
                new ByteArrayInputStream(answer.getResponse().getContentAsByteArray()), ReadLimits.DEFAULTS);
        DisclosureTables tables = read.tables().orElseThrow();
        assertThat(tables.unit()).isEqualTo("南京市电化教育馆（南京市教育信息化中心）");
        assertThat(tables.year()).isEqualTo(2025);
        assertThat(tables.kind()).isEqualTo(UnitKind.ADMINISTRATIVE);
        assertThat(tables.tables()).hasSize(StandardTable.values().length)
                .allSatisfy(t -> assertThat(t.rows()).allSatisfy(r -> assertThat(r.values()).isEmpty()));

        assertThat(mvc.page("demo-unit", "/accounts/template.xlsx?year=二〇二五").getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.page("demo-unit", "/accounts/template.xlsx?year=2025&kind=PARTY").getResponse().getStatus()).isEqualTo(400);
    }
}
