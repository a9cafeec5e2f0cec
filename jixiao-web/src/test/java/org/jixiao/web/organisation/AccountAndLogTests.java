package org.jixiao.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.web.organisation.OrgMvc.html;
import static org.jixiao.web.organisation.OrgMvc.problemCode;
import static org.jixiao.web.organisation.OrgMvc.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;
import org.jixiao.web.Html;
import org.jixiao.web.JixiaoWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Disabling users, passwords (reset by the admin, changed by the user) and the organisation log. */
@JixiaoWebTest
class AccountAndLogTests extends OrganisationWebTest {
    static final String ADMIN = "demo-admin";

    /** A new user at the Nanjing centre, created through the admin page. */
    private String newUser(String prefix, Role role, String password) throws Exception {
        String username = OrgMvc.unique(prefix);
        long nanjing = users.find("demo-unit").orElseThrow().unitId();
        MvcResult created = mvc.post(ADMIN, "/admin/users", "username", username, "displayName", "测试用户",
                "unitId", String.valueOf(nanjing), "role", role.name(), "password", password);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        return username;
    }

    @Test
    void aDisabledUserCannotSignInOnTheFormNorTheApiUntilEnabledAgain() throws Exception {
        String password = "disable-me-please";
        String username = newUser("disabled.", Role.UNIT_FILLER, password);
        long id = mvc.userId(username);
        org.springframework.mock.web.MockHttpSession before = mvc.signIn(username, password);
        assertThat(before).isNotNull();
        assertThat(mvc.inSession(before, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/evaluations"))
                .getResponse().getStatus()).isEqualTo(200);

        assertThat(mvc.post(ADMIN, "/admin/users/" + id + "/enabled", "enabled", "false").getResponse().getRedirectedUrl())
                .isEqualTo("/admin/users");
        assertThat(users.find(username).orElseThrow().isEnabled()).isFalse();
        assertThat(mvc.inSession(before, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/evaluations"))
                .getResponse().getRedirectedUrl()).as("the session they had before").isEqualTo("/login?disabled");
        assertThat(before.isInvalid()).isTrue();
        assertThat(mvc.signIn(username, password)).as("form login of a disabled user").isNull();
        assertThat(mvc.apiStatus(username, password)).as("HTTP Basic of a disabled user").isEqualTo(401);
        String list = html(mvc.get(ADMIN, "/admin/users"));
        assertThat(list).containsPattern("data-username=\"" + java.util.regex.Pattern.quote(username) + "\">[\\s\\S]*?class=\"state\">已停用<");

        mvc.post(ADMIN, "/admin/users/" + id + "/enabled", "enabled", "true");
        assertThat(mvc.signIn(username, password)).as("enabled again").isNotNull();
    }

    @Test
    void anAdminCannotDisableThemself() throws Exception {
        String admin = newUser("admin.", Role.ADMIN, "second-admin-password");
        MvcResult refused = mvc.post(admin, "/admin/users/" + mvc.userId(admin) + "/enabled", "enabled", "false");
        assertThat(status(refused)).isEqualTo(400);
        assertThat(problemCode(refused)).isEqualTo("CANNOT_DISABLE_SELF");
        assertThat(users.find(admin).orElseThrow().enabled()).isTrue();
    }

    @Test
    void changingOnesPasswordNeedsTheCurrentOne() throws Exception {
        String old = "the-first-password";
        String username = newUser("changer.", Role.UNIT_FILLER, old);
        MockHttpSession session = mvc.signIn(username, old);
        assertThat(html(mvc.inSession(session, MockMvcRequestBuilders.get("/account")))).contains("id=\"account-username\">" + username + "<");

        assertThat(problemCode(change(session, "not-the-password", "the-second-password", "the-second-password")))
                .isEqualTo("WRONG_CURRENT_PASSWORD");
        assertThat(problemCode(change(session, old, "short", "short"))).isEqualTo("PASSWORD_TOO_SHORT");
        assertThat(problemCode(change(session, old, "the-second-password", "the-other-password"))).isEqualTo("PASSWORDS_DIFFER");
        MvcResult noToken = mvc.inSession(session, OrgMvc.form("/account/password", "currentPassword", old,
                "newPassword", "the-second-password", "confirmPassword", "the-second-password"));
        assertThat(status(noToken)).as("without the CSRF token").isEqualTo(403);
        assertThat(mvc.signIn(username, old)).as("nothing changed yet").isNotNull();

        MvcResult changed = change(session, old, "the-second-password", "the-second-password");
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(mvc.signIn(username, old)).isNull();
        assertThat(mvc.signIn(username, "the-second-password")).isNotNull();
    }

    @Test
    void anAdminResetsAPasswordOfAtLeastTenCharacters() throws Exception {
        String username = newUser("reset.", Role.AUDITOR, "before-the-reset");
        long id = mvc.userId(username);
        MvcResult tooShort = mvc.post(ADMIN, "/admin/users/" + id + "/password", "password", "123456789");
        assertThat(problemCode(tooShort)).isEqualTo("PASSWORD_TOO_SHORT");
        assertThat(mvc.signIn(username, "before-the-reset")).isNotNull();

        mvc.post(ADMIN, "/admin/users/" + id + "/password", "password", "after-the-reset");
        assertThat(mvc.signIn(username, "after-the-reset")).isNotNull();
        assertThat(mvc.signIn(username, "before-the-reset")).isNull();
    }

    @Test
    void everyChangeIsLoggedWithWhoAndWhatAndNeverAPassword() throws Exception {
        String unitName = OrgMvc.unique("日志测试部门");
        mvc.post(ADMIN, "/admin/units", "parentId", String.valueOf(mvc.bureauId()), "kind", "DEPARTMENT", "name", unitName);
        long unit = mvc.unitId(mvc.bureauId(), unitName);
        mvc.post(ADMIN, "/admin/units/" + unit + "/name", "name", unitName + "（改）");
        String username = newUser("logged.", Role.UNIT_FILLER, "secret-initial-pw");
        long id = mvc.userId(username);
        mvc.post(ADMIN, "/admin/users/" + id + "/password", "password", "secret-reset-pw");
        mvc.post(ADMIN, "/admin/users/" + id + "/enabled", "enabled", "false");
        mvc.post(ADMIN, "/admin/users/" + id + "/enabled", "enabled", "true");
        MockHttpSession session = mvc.signIn(username, "secret-reset-pw");
        change(session, "secret-reset-pw", "secret-changed-pw", "secret-changed-pw");

        List<Map<String, Object>> rows = jdbc.sql("""
                        select username, action, target, old_value, new_value from organisation_log
                         where target like :unit or target = :user order by id""")
                .param("unit", "#" + unit + " %").param("user", username).query().listOfRows();
        assertThat(rows).extracting(r -> r.get("username") + " " + r.get("action")).containsExactly(
                "demo-admin UNIT_CREATED", "demo-admin UNIT_RENAMED", "demo-admin USER_CREATED", "demo-admin PASSWORD_RESET",
                "demo-admin USER_DISABLED", "demo-admin USER_ENABLED", username + " PASSWORD_CHANGED");
        assertThat(rows.get(1)).containsEntry("old_value", unitName).containsEntry("new_value", unitName + "（改）");
        assertThat((String) rows.get(2).get("new_value")).contains("UNIT_FILLER", "测试用户");
        assertThat(rows.get(4)).containsEntry("old_value", "true").containsEntry("new_value", "false");

        String everything = String.join("\n", jdbc.sql("select concat_ws('|', username, action, target, old_value, new_value) from organisation_log")
                .query(String.class).list());
        assertThat(everything).doesNotContain("secret-", "{bcrypt}", "$2a$");

        String page = html(mvc.get(ADMIN, "/admin/log"));
        assertThat(Html.section(page, "log")).contains(username, "用户修改密码", "管理员重设密码", unitName + "（改）");
    }

    private MvcResult change(MockHttpSession session, String current, String next, String again) throws Exception {
        return mvc.inSession(session, OrgMvc.form("/account/password", "currentPassword", current,
                "newPassword", next, "confirmPassword", again).with(csrf()));
    }
}
