package org.jixiao.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.accounts.tables.DemoTables;
import org.jixiao.core.accounts.tables.DisclosureTables;
import org.jixiao.core.accounts.tables.StandardTable;
import org.jixiao.core.accounts.tables.TablesNarrative;
import org.jixiao.formats.accounts.TableImportProblem;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.organisation.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * Uploading disclosure workbooks on the real application and database: a good one is stored under
 * the filler's unit and its page shows the core's findings and regenerated narrative; a bad one is
 * refused with every problem listed and nothing stored; a new version needs the version it replaces.
 */
@JixiaoWebTest
class AccountsUploadTests {

    private static final String SUMMARY = StandardTable.SUMMARY.title();

    @Autowired
    WebApplicationContext context;
    @Autowired
    Disclosures disclosures;

    AccountsMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = new AccountsMvc(context);
    }

    private static long idFrom(MvcResult result) {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getErrorMessage()).isEqualTo(302);
        Matcher m = Pattern.compile("/accounts/(\\d+)$").matcher(result.getResponse().getRedirectedUrl());
        assertThat(m.find()).as(result.getResponse().getRedirectedUrl()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @SuppressWarnings("unchecked")
    private static List<TableImportProblem> problems(MvcResult result) {
        return (List<TableImportProblem>) result.getModelAndView().getModel().get("importProblems");
    }

    private static Object problemCode(MvcResult result) {
        return result.getModelAndView().getModel().get("problemCode");
    }

    @Test
    void theBaotouWorkbookIsStoredAndItsPageShowsTheFindingsAndTheRegeneratedNarrative() throws Exception {
        DisclosureTables baotou = DemoTables.baotou2024();
        MvcResult stored = mvc.upload("demo-unit", "/accounts", "包头决算公开表.xlsx", AccountsMvc.workbook(baotou), Map.of());

        long id = idFrom(stored);
        assertThat(stored.getFlashMap().get("notice")).isEqualTo("accounts.notice.stored");
        Disclosures.Opened opened = disclosures.open(id, Scope.everything(), Optional.empty()).orElseThrow();
        assertThat(opened.tables()).as("every figure, name and blank as uploaded").isEqualTo(baotou);
        assertThat(opened.summary().unitId()).as("under the filler's own unit").isEqualTo(mvc.unit("南京市电化教育馆"));
        assertThat(opened.summary().version()).isEqualTo(1);
        assertThat(opened.summary().uploadedBy()).isEqualTo("demo-unit");
        assertThat(opened.summary().errorCount()).isZero();
        assertThat(opened.summary().warningCount()).isEqualTo(1);

        String page = AccountsMvc.html(mvc.page("demo-unit", "/accounts/" + id));
        assertThat(page).contains("检查发现错误 0 个，提示 1 个", "data-code=\"DISCLOSURE_PART_EXCEEDS_WHOLE\"",
                // the finding links to its row, and the row back to the finding
                "href=\"#table-4-incomeTotal\"", "id=\"table-4-incomeTotal\"", "href=\"#finding-1\"",
                // the narrative regenerated from the tables: 22.47 %, where the published text says 22.35 %
                "与年初预算相比，收、支总计各增加 100.91 万元，增长 22.47%",
                "卫生健康支出（类）决算数为 16.90 万元，与年初预算相比增加 1.60 万元",
                "<mark class=\"to-write\" title=\"由单位填写\">变动原因：〔由单位填写〕</mark>");
        long causes = TablesNarrative.sentences(baotou).stream().filter(s -> s.isPlaceholder()).count();
        assertThat(causes).isEqualTo(23);
        assertThat(Pattern.compile("<mark class=\"to-write\"").matcher(page).results().count()).isEqualTo(causes);
        assertThat(page).as("every table").contains(StandardTable.OTHER.numberedTitle(), "2059999", "其他教育支出", "451.50");

        String list = AccountsMvc.html(mvc.page("demo-unit", "/accounts"));
        Matcher row = Pattern.compile("<tr data-id=\"" + id + "\">(.*?)</tr>", Pattern.DOTALL).matcher(list);
        assertThat(row.find()).isTrue();
        assertThat(row.group(1)).contains("<td class=\"num error-count\">0</td>", "<td class=\"num warning-count\">1</td>",
                "仅有提示", "2024", "包头市电化教育馆");
    }

    @Test
    void theEnglishPageKeepsTheChineseFiguresAndSentences() throws Exception {
        long baotou = mvc.baotou();
        String page = AccountsMvc.html(mvc.page("demo-reviewer", "/accounts/" + baotou + "?lang=en"));
        assertThat(page).contains("Consistency checks", "The checks found 0 errors and 1 warnings", "增长 22.47%",
                "变动原因：[for the unit to write]");
    }

    @Test
    void aWorkbookWithBadCellsIsRefusedWithEveryProblemAndNothingIsStored() throws Exception {
        byte[] xlsx = AccountsMvc.workbook(AccountsMvc.baotou(2033));
        xlsx = Workbooks.set(xlsx, "封面", "B4", "二〇三三");
        xlsx = Workbooks.setByLabel(xlsx, SUMMARY, "八、其他收入", 0, "二十一点三九");
        xlsx = Workbooks.set(xlsx, StandardTable.EXPENDITURE.title(), "A30", "99999999");
        long before = mvc.rows();

        MvcResult refused = mvc.upload("demo-unit", "/accounts", "坏表.xlsx", xlsx, Map.of());

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(problemCode(refused)).isEqualTo("IMPORT_PROBLEMS");
        List<TableImportProblem> problems = problems(refused);
        assertThat(problems).extracting(p -> p.sheet() + "!" + p.cell() + " " + p.code())
                .contains("封面!B4 BAD_YEAR", SUMMARY + "!C12 NOT_A_NUMBER")
                .anySatisfy(p -> assertThat(p).startsWith(StandardTable.EXPENDITURE.title() + "!A30 "));
        String page = AccountsMvc.html(refused);
        for (TableImportProblem p : problems) {
            assertThat(p.message()).containsPattern("\\p{IsHan}");
            assertThat(page).as("every problem on the page").contains(escape(p.message()), "<td class=\"cell\">" + p.cell() + "</td>");
        }
        assertThat(page).contains("二〇三三", "共 " + problems.size() + " 处问题，未保存任何数据");
        assertThat(mvc.rows()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void filesThatAreNotWorkbooksAreRefusedBeforeReading() throws Exception {
        long before = mvc.rows();
        MvcResult text = mvc.upload("demo-unit", "/accounts", "表.xlsx", "单位名称,年度".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(problemCode(text)).isEqualTo("NOT_XLSX");
        assertThat(AccountsMvc.html(text)).contains("data-code=\"NOT_XLSX\"", "不是 Excel 工作簿");
        assertThat(problemCode(mvc.upload("demo-unit", "/accounts", "表.xls", new byte[] {1, 2}, Map.of()))).isEqualTo("BAD_EXTENSION");
        assertThat(problemCode(mvc.upload("demo-unit", "/accounts", "空.xlsx", new byte[0], Map.of()))).isEqualTo("EMPTY_FILE");
        assertThat(mvc.rows()).isEqualTo(before);
    }

    @Test
    void aNewVersionReplacesTheOneItsFormShowedAndStaleOrWrongYearUploadsChangeNothing() throws Exception {
        DisclosureTables first = AccountsMvc.baotou(2041);
        long id = ((Disclosures.Stored.Done) disclosures.create(mvc.unit("南京市电化教育馆"), first, "v1.xlsx", "demo-unit")).id();
        byte[] changed = Workbooks.setByLabel(AccountsMvc.workbook(first), SUMMARY, "八、其他收入", 0, 21.49);

        MvcResult replaced = mvc.upload("demo-unit", "/accounts/" + id, "v2.xlsx", changed, Map.of("version", "1"));
        assertThat(idFrom(replaced)).isEqualTo(id);
        Disclosures.Opened now = disclosures.open(id, Scope.everything(), Optional.empty()).orElseThrow();
        assertThat(now.summary().version()).isEqualTo(2);
        assertThat(now.tables().table(StandardTable.SUMMARY).orElseThrow().value("other", "accounts")).contains(new BigDecimal("21.49"));
        assertThat(now.summary().errorCount()).as("本年收入合计 no longer adds up").isPositive();
        assertThat(disclosures.history(id, Scope.everything())).extracting(Disclosures.Version::version).containsExactly(2, 1);
        assertThat(disclosures.open(id, Scope.everything(), Optional.of(1)).orElseThrow().tables()).as("version 1 kept").isEqualTo(first);
        String older = AccountsMvc.html(mvc.page("demo-unit", "/accounts/" + id + "?version=1"));
        assertThat(older).contains("您在查看第 1 版；当前是第 2 版。", "21.39");
        assertThat(mvc.page("demo-unit", "/accounts/" + id + "?version=9").getResponse().getStatus()).isEqualTo(404);

        long before = mvc.rows();
        MvcResult stale = mvc.upload("demo-unit", "/accounts/" + id, "v2-again.xlsx", changed, Map.of("version", "1"));
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(problemCode(stale)).isEqualTo("CONFLICT");
        assertThat(AccountsMvc.html(stale)).contains("您上传时看到的是第 1 版；demo-unit 已于", "保存了第 2 版");

        byte[] otherYear = AccountsMvc.workbook(AccountsMvc.baotou(2042));
        MvcResult wrongYear = mvc.upload("demo-unit", "/accounts/" + id, "2042.xlsx", otherYear, Map.of("version", "2"));
        assertThat(problemCode(wrongYear)).isEqualTo("YEAR_MISMATCH");
        assertThat(wrongYear.getResponse().getStatus()).isEqualTo(422);

        MvcResult again = mvc.upload("demo-unit", "/accounts", "2041.xlsx", AccountsMvc.workbook(first), Map.of());
        assertThat(problemCode(again)).isEqualTo("ALREADY_EXISTS");
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(AccountsMvc.html(again)).contains("href=\"/accounts/" + id + "\"");
        assertThat(mvc.rows()).as("nothing stored by the refused uploads").isEqualTo(before);
    }

    /** Thymeleaf's escaping of text in HTML: the quotes the messages use are not escaped, only markup. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
