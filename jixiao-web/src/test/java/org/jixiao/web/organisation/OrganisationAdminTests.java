package org.jixiao.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.web.organisation.OrgMvc.html;
import static org.jixiao.web.organisation.OrgMvc.problemCode;
import static org.jixiao.web.organisation.OrgMvc.status;

import java.util.List;
import org.jixiao.web.Html;
import org.jixiao.web.JixiaoWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The admin pages: building a department, a unit and its filler; who may use them; what is refused. */
@JixiaoWebTest
class OrganisationAdminTests extends OrganisationWebTest {
    static final String ADMIN = "demo-admin";
    static final String PASSWORD = "filler-password-1";

    @Test
    void adminBuildsADepartmentAUnitAndAFillerWhoSignsInAndSeesOnlyTheirEmptyList() throws Exception {
        String department = OrgMvc.unique("测试主管部门");
        String unit = OrgMvc.unique("测试预算单位");
        String filler = OrgMvc.unique("filler.");

        MvcResult added = mvc.post(ADMIN, "/admin/units", "parentId", String.valueOf(mvc.bureauId()), "kind", "DEPARTMENT", "name", department);
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/admin/units");
        long departmentId = mvc.unitId(mvc.bureauId(), department);
        assertThat(mvc.unitKind(departmentId)).isEqualTo("DEPARTMENT");

        assertThat(status(mvc.post(ADMIN, "/admin/units", "parentId", String.valueOf(departmentId), "kind", "UNIT", "name", "  " + unit + " ")))
                .isEqualTo(302);
        long unitId = mvc.unitId(departmentId, unit);
        assertThat(mvc.unitKind(unitId)).isEqualTo("UNIT");

        MvcResult created = mvc.post(ADMIN, "/admin/users", "username", filler, "displayName", "测试填报人",
                "unitId", String.valueOf(unitId), "role", "UNIT_FILLER", "password", PASSWORD);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        CurrentUser stored = users.find(filler).orElseThrow();
        assertThat(stored.role()).isEqualTo(Role.UNIT_FILLER);
        assertThat(stored.unitId()).isEqualTo(unitId);
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.passwordHash()).startsWith("{bcrypt}").doesNotContain(PASSWORD);

        String tree = html(mvc.get(ADMIN, "/admin/units"));
        assertThat(Html.section(tree, "units")).contains(department, unit);
        assertThat(userCountCell(tree, unitId)).isEqualTo("1");
        assertThat(userCountCell(tree, departmentId)).isEqualTo("0");
        String list = html(mvc.get(ADMIN, "/admin/users"));
        assertThat(list).contains("data-username=\"" + filler + "\"");

        MockHttpSession session = mvc.signIn(filler, PASSWORD);
        assertThat(session).as("the new filler signs in on the login form").isNotNull();
        MvcResult tables = mvc.inSession(session, MockMvcRequestBuilders.get("/evaluations"));
        assertThat(status(tables)).isEqualTo(200);
        String tablesHtml = html(tables);
        assertThat(Html.section(tablesHtml, "tables")).doesNotContain("data-id=");
        assertThat(Html.section(tablesHtml, "tables")).contains("没有符合条件的表");
        assertThat(Html.byId(tablesHtml, "current-user")).isEqualTo("测试填报人");
        assertThat(status(mvc.inSession(session, MockMvcRequestBuilders.get("/admin/units")))).isEqualTo(403);
    }

    @Test
    void everyoneButTheAdminIsRefusedEveryChangeAndTheUserPages() throws Exception {
        long someUnit = mvc.demoUnitId("演示市教育局");
        long someUser = mvc.userId("demo-unit");
        for (String who : List.of("demo-unit", "demo-reviewer", "demo-finance", "demo-auditor")) {
            String name = OrgMvc.unique("不该出现的单位");
            String username = OrgMvc.unique("not-created.");
            assertThat(status(mvc.get(who, "/admin/users"))).as(who + " GET /admin/users").isEqualTo(403);
            assertThat(status(mvc.get(who, "/admin/log"))).as(who + " GET /admin/log").isEqualTo(403);
            assertThat(status(mvc.post(who, "/admin/units", "parentId", String.valueOf(someUnit), "kind", "UNIT", "name", name)))
                    .as(who + " POST /admin/units").isEqualTo(403);
            assertThat(status(mvc.post(who, "/admin/units/" + someUnit + "/name", "name", name)))
                    .as(who + " rename").isEqualTo(403);
            assertThat(status(mvc.post(who, "/admin/users", "username", username, "displayName", "x",
                    "unitId", String.valueOf(someUnit), "role", "ADMIN", "password", "long-enough-password")))
                    .as(who + " POST /admin/users").isEqualTo(403);
            assertThat(status(mvc.post(who, "/admin/users/" + someUser + "/enabled", "enabled", "false")))
                    .as(who + " disable").isEqualTo(403);
            assertThat(status(mvc.post(who, "/admin/users/" + someUser + "/password", "password", "long-enough-password")))
                    .as(who + " reset password").isEqualTo(403);
            assertThat(mvc.unitCount(name)).isZero();
            assertThat(mvc.userCount(username)).isZero();
        }
        assertThat(mvc.unitCount("演示市教育局")).as("not renamed").isEqualTo(1);
        assertThat(users.find("demo-unit").orElseThrow().enabled()).isTrue();
        assertThat(mvc.signIn("demo-unit", "demo")).as("demo-unit's password unchanged").isNotNull();

        assertThat(status(mvc.get("demo-unit", "/admin/units"))).isEqualTo(403);
        assertThat(status(mvc.get("demo-auditor", "/admin/units"))).isEqualTo(403);
    }

    @Test
    void reviewersSeeTheUnitsUnderThemReadOnly() throws Exception {
        MvcResult reviewer = mvc.get("demo-reviewer", "/admin/units");
        assertThat(status(reviewer)).isEqualTo(200);
        String tree = Html.section(html(reviewer), "units");
        assertThat(tree).contains("演示市教育局", "南京市电化教育馆", "包头市电化教育馆").doesNotContain("演示市财政局");
        assertThat(html(reviewer)).doesNotContain("add-unit-form").doesNotContain("/name\"");

        String finance = Html.section(html(mvc.get("demo-finance", "/admin/units")), "units");
        assertThat(finance).contains("演示市财政局", "演示市教育局", "深圳市教育信息技术中心");
    }

    @Test
    void badInputIsRefusedWithItsCodeAndNothingIsSaved() throws Exception {
        long bureau = mvc.bureauId();
        long department = mvc.demoUnitId("演示市教育局");
        long nanjing = users.find("demo-unit").orElseThrow().unitId();
        long before = logCount();

        String name = OrgMvc.unique("层级不符");
        assertRefused(mvc.post(ADMIN, "/admin/units", "parentId", String.valueOf(bureau), "kind", "UNIT", "name", name), "KIND_NOT_ALLOWED");
        assertRefused(mvc.post(ADMIN, "/admin/units", "parentId", String.valueOf(nanjing), "kind", "UNIT", "name", name), "KIND_NOT_ALLOWED");
        assertRefused(mvc.post(ADMIN, "/admin/units", "parentId", String.valueOf(department), "kind", "DEPARTMENT", "name", name), "KIND_NOT_ALLOWED");
        assertRefused(mvc.post(ADMIN, "/admin/units", "parentId", "", "kind", "DEPARTMENT", "name", name), "KIND_NOT_ALLOWED");
        assertThat(mvc.unitCount(name)).isZero();
        assertRefused(mvc.post(ADMIN, "/admin/units", "parentId", String.valueOf(department), "kind", "UNIT", "name", "包头市电化教育馆"), "DUPLICATE_UNIT_NAME");
        assertThat(mvc.unitCount("包头市电化教育馆")).isEqualTo(1);
        assertRefused(mvc.post(ADMIN, "/admin/units", "parentId", String.valueOf(department), "kind", "UNIT", "name", "   "), "NAME_REQUIRED");
        assertRefused(mvc.post(ADMIN, "/admin/units", "parentId", String.valueOf(department), "kind", "UNIT", "name", "长".repeat(201)), "NAME_TOO_LONG");
        assertRefused(mvc.post(ADMIN, "/admin/units", "parentId", "999999999", "kind", "UNIT", "name", name), "PARENT_NOT_FOUND");
        assertRefused(mvc.post(ADMIN, "/admin/units/" + nanjing + "/name", "name", "深圳市教育信息技术中心"), "DUPLICATE_UNIT_NAME");
        assertThat(mvc.unitCount("深圳市教育信息技术中心")).isEqualTo(1);

        String username = OrgMvc.unique("short-pw.");
        MvcResult shortPassword = mvc.post(ADMIN, "/admin/users", "username", username, "displayName", "短密码",
                "unitId", String.valueOf(nanjing), "role", "UNIT_FILLER", "password", "123456789");
        assertRefused(shortPassword, "PASSWORD_TOO_SHORT");
        assertThat(OrgMvc.html(shortPassword)).as("the form comes back as typed, without the password")
                .contains("value=\"" + username + "\"").doesNotContain("123456789");
        assertThat(mvc.userCount(username)).isZero();
        assertRefused(mvc.post(ADMIN, "/admin/users", "username", "demo-unit", "displayName", "重名",
                "unitId", String.valueOf(nanjing), "role", "UNIT_FILLER", "password", "long-enough-password"), "DUPLICATE_USERNAME");
        assertThat(users.find("demo-unit").orElseThrow().displayName()).isEqualTo("南京填报人（演示）");
        assertRefused(mvc.post(ADMIN, "/admin/users", "username", "Bad Name", "displayName", "x",
                "unitId", String.valueOf(nanjing), "role", "UNIT_FILLER", "password", "long-enough-password"), "BAD_USERNAME");
        assertRefused(mvc.post(ADMIN, "/admin/users", "username", username, "displayName", "x",
                "unitId", String.valueOf(nanjing), "role", "KING", "password", "long-enough-password"), "BAD_ROLE");
        assertRefused(mvc.post(ADMIN, "/admin/users", "username", username, "displayName", "x",
                "unitId", "999999999", "role", "UNIT_FILLER", "password", "long-enough-password"), "UNIT_NOT_FOUND");
        assertRefused(mvc.post(ADMIN, "/admin/users", "username", username, "displayName", "x",
                "unitId", String.valueOf(nanjing), "role", "UNIT_FILLER", "password", "密".repeat(25)), "PASSWORD_TOO_LONG");
        assertThat(mvc.userCount(username)).isZero();
        assertThat(logCount()).as("refusals are not logged").isEqualTo(before);
    }

    @Test
    void refusalsAreExplainedInEnglishToo() throws Exception {
        MvcResult refused = mvc.as(ADMIN, OrgMvc.form("/admin/users", "username", "x", "lang", "en")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
        assertThat(problemCode(refused)).isEqualTo("BAD_USERNAME");
        assertThat(html(refused)).contains("A user name has 3 to 64 characters");
    }

    private static void assertRefused(MvcResult result, String code) throws Exception {
        assertThat(status(result)).as(code).isEqualTo(400);
        assertThat(problemCode(result)).isEqualTo(code);
    }

    private long logCount() {
        return jdbc.sql("select count(*) from organisation_log").query(Long.class).single();
    }

    private static String userCountCell(String tree, long unitId) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-id=\"" + unitId + "\".*?class=\"num user-count\">(\\d+)<",
                java.util.regex.Pattern.DOTALL).matcher(tree);
        return m.find() ? m.group(1) : null;
    }
}
