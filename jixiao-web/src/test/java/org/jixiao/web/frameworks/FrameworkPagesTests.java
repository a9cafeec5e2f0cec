package org.jixiao.web.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.web.frameworks.SignedIn.body;
import static org.jixiao.web.frameworks.SignedIn.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkFormat;
import org.jixiao.core.framework.Indicator;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.frameworks.FrameworkCatalog.StoredFramework;
import org.jixiao.web.organisation.Scope;
import org.jixiao.web.organisation.Units;
import org.jixiao.web.organisation.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/** The list, the show and text pages, copying, and who sees what. */
@JixiaoWebTest
class FrameworkPagesTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    WebApplicationContext context;
    @Autowired
    Users users;
    @Autowired
    Units units;
    @Autowired
    FrameworkCatalog catalog;

    SignedIn as;

    @BeforeEach
    void signIn() {
        as = new SignedIn(context, users);
    }

    private StoredFramework shipped(String code) {
        return catalog.findByCode(code).orElseThrow();
    }

    private static String newCode() {
        return "pages-test-" + SEQUENCE.incrementAndGet();
    }

    @Test
    void theListShowsTheShippedFrameworksWithLinks() throws Exception {
        MvcResult result = as.get("demo-unit", "/frameworks");

        String html = body(result);
        assertThat(status(result)).isEqualTo(200);
        assertThat(html).contains("data-code=\"baotou-2024-sanxiang-gaige\"", "data-code=\"nanjing-department\"",
                "教育三项改革资金", "部门整体支出绩效评价", "内置（共用）");
        assertThat(html).contains("href=\"/frameworks/" + shipped("nanjing-department").id() + "\"");
    }

    @Test
    void theShowPageHasTheTreeAndHighlightsWhatTheCompilerUnderstood() throws Exception {
        String html = body(as.get("demo-unit", "/frameworks/" + shipped("nanjing-department").id()));

        assertThat(html).contains("id=\"row-A11\"", "决策制度的规范性", "id=\"row-B11\"", "部门预算执行率");
        // B11 "达到90%得2分,未达到根据完成度得分": the target is one understood piece, marked
        assertThat(html).containsPattern("<mark data-part=\"[a-z]+\">[^<]*90%[^<]*</mark>");
        // the compiled rule written back canonically
        assertThat(html).contains("达到90%得2分，未达到根据完成度得分");
        // F21 "酌情扣分" is left to a person, with the compiler's reason
        assertThat(html).containsPattern("(?s)id=\"row-F21\".*?需人工认定：.*?酌情扣分");
        // quotes in the method text arrive escaped, never as markup
        assertThat(html).contains("&quot;规范&quot;");
    }

    @Test
    void theTextViewNumbersTheLines() throws Exception {
        String html = body(as.get("demo-unit", "/frameworks/" + shipped("nanjing-department").id() + "/text"));

        assertThat(html).contains("id=\"L5\"", "framework: nanjing-department");
    }

    @Test
    void aCopyIsOwnedByTheUsersUnitWithTheNewYearAndTheSameIndicators() throws Exception {
        StoredFramework original = shipped("nanjing-department");
        String code = newCode();

        MvcResult result = as.post("demo-unit", "/frameworks/" + original.id() + "/copy",
                "code", code, "year", "2025", "title", "南京 2025 指标体系");

        StoredFramework copy = catalog.findByCode(code).orElseThrow();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/frameworks/" + copy.id());
        assertThat(copy.ownerUnitId()).isEqualTo(as.user("demo-unit").unitId());
        assertThat(copy.shipped()).isFalse();
        assertThat(copy.year()).isEqualTo(2025);
        assertThat(copy.title()).isEqualTo("南京 2025 指标体系");
        assertThat(copy.updatedBy()).isEqualTo("demo-unit");
        Framework parsed = FrameworkFormat.read(code, copy.sourceText()).orThrow();
        Framework before = catalog.framework(original);
        assertThat(parsed.id()).isEqualTo(code);
        assertThat(parsed.year()).isEqualTo(2025);
        assertThat(parsed.indicators()).extracting(Indicator::code)
                .containsExactlyElementsOf(before.indicators().stream().map(Indicator::code).toList());
        assertThat(copy.sourceText()).contains("framework: " + code + "\n", "year: 2025\n")
                .doesNotContain("framework: nanjing-department");
    }

    @Test
    void aBadOrTakenCodeIsRefusedWithItsReasonAndTheFormKept() throws Exception {
        long id = shipped("nanjing-department").id();

        MvcResult bad = as.post("demo-unit", "/frameworks/" + id + "/copy", "code", "Nanjing 2025", "year", "2025", "title", "x");
        MvcResult taken = as.post("demo-unit", "/frameworks/" + id + "/copy", "code", "nanjing-department", "year", "2025", "title", "x");
        MvcResult year = as.post("demo-unit", "/frameworks/" + id + "/copy", "code", newCode(), "year", "twenty", "title", "x");

        assertThat(status(bad)).isEqualTo(422);
        assertThat(body(bad)).contains("<code>CODE_INVALID</code>", "只能使用小写字母、数字和连字符", "value=\"Nanjing 2025\"");
        assertThat(status(taken)).isEqualTo(422);
        assertThat(body(taken)).contains("<code>CODE_TAKEN</code>", "编码“nanjing-department”已被使用");
        assertThat(body(year)).contains("<code>YEAR_INVALID</code>", "年度应为2000至2100之间的整数");
        assertThat(catalog.findByCode("Nanjing 2025")).isEmpty();
    }

    @Test
    void anAuditorCannotCopy() throws Exception {
        String code = newCode();

        MvcResult result = as.post("demo-auditor", "/frameworks/" + shipped("nanjing-department").id() + "/copy",
                "code", code, "year", "2025", "title", "审计副本");

        assertThat(status(result)).isEqualTo(403);
        assertThat(body(result)).contains("<code>COPY_NOT_ALLOWED</code>").doesNotContain("id=\"copy-form\"");
        assertThat(catalog.findByCode(code)).isEmpty();
    }

    @Test
    void anotherUnitsFrameworkIsNotFoundOutsideItsScopeAndVisibleToTheirSupervisor() throws Exception {
        long shenzhen = units.within(Scope.everything()).stream()
                .filter(u -> u.name().equals("深圳市教育信息技术中心")).findFirst().orElseThrow().id();
        String code = newCode();
        String text = catalog.findByCode("nanjing-department").orElseThrow().sourceText()
                .replace("framework: nanjing-department", "framework: " + code);
        long id = catalog.create(text, false, shenzhen, "test");

        assertThat(status(as.get("demo-unit", "/frameworks/" + id))).isEqualTo(404);
        assertThat(status(as.get("demo-unit", "/frameworks/" + id + "/text"))).isEqualTo(404);
        assertThat(status(as.get("demo-unit", "/frameworks/" + id + "/edit"))).isEqualTo(404);
        assertThat(status(as.post("demo-unit", "/frameworks/" + id + "/preview", "text", text))).isEqualTo(404);
        assertThat(status(as.post("demo-unit", "/frameworks/" + id + "/copy", "code", newCode(), "year", "2025", "title", "x")))
                .isEqualTo(404);
        assertThat(body(as.get("demo-unit", "/frameworks"))).doesNotContain(code);
        // the department reviewer's scope covers the Shenzhen centre: it sees the framework but may not edit it
        assertThat(body(as.get("demo-reviewer", "/frameworks"))).contains("data-code=\"" + code + "\"");
        MvcResult edit = as.get("demo-reviewer", "/frameworks/" + id + "/edit");
        assertThat(edit.getResponse().getRedirectedUrl()).isEqualTo("/frameworks/" + id);
        assertThat(edit.getFlashMap().get("problemCode")).isEqualTo("READ_ONLY");
    }
}
