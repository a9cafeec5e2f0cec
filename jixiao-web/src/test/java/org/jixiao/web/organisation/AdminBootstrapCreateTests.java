package org.jixiao.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jixiao.web.Html;
import org.jixiao.web.JixiaoWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The bootstrap's create path, called directly on the shared database (which has the demo users, so the
 * start itself rightly did nothing): the root unit and the administrator, who signs in on the form.
 * Not covered: the trigger on a really empty user table at start (that is {@link AdminBootstrap#decide}).
 */
@JixiaoWebTest
class AdminBootstrapCreateTests extends OrganisationWebTest {
    @Autowired
    AdminBootstrap bootstrap;

    @Test
    void createsARootBureauAndAnAdministratorWhoCanSignIn() throws Exception {
        String username = OrgMvc.unique("boot-admin.");
        String unitName = OrgMvc.unique("引导财政局");
        bootstrap.createFirstAdministrator(username, "bootstrap-password", unitName);

        CurrentUser admin = users.find(username).orElseThrow();
        assertThat(mvc.unitId(null, unitName)).isEqualTo(admin.unitId());
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.unitName()).isEqualTo(unitName);
        assertThat(admin.unitPath()).isEqualTo("/" + admin.unitId() + "/");
        assertThat(mvc.unitKind(admin.unitId())).isEqualTo("FINANCE_BUREAU");
        assertThat(jdbc.sql("select action from organisation_log where username = 'system' and (target = :user or target = :unit) order by id")
                .param("user", username).param("unit", "#" + admin.unitId() + " " + unitName).query(String.class).list())
                .containsExactly("UNIT_CREATED", "USER_CREATED");

        MockHttpSession session = mvc.signIn(username, "bootstrap-password");
        assertThat(session).isNotNull();
        String tree = OrgMvc.html(mvc.inSession(session, MockMvcRequestBuilders.get("/admin/units")));
        assertThat(Html.section(tree, "units")).contains(unitName, "演示市财政局");
    }

    @Test
    void badSettingsStopWithTheReasonAndCreateNothing() {
        String username = OrgMvc.unique("boot-short.");
        String unitName = OrgMvc.unique("不该创建的财政局");
        assertThatThrownBy(() -> bootstrap.createFirstAdministrator(username, "short", unitName))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PASSWORD_TOO_SHORT").hasMessageNotContaining("short,");
        assertThatThrownBy(() -> bootstrap.createFirstAdministrator("Not Valid", "long-enough-password", unitName))
                .hasMessageContaining("BAD_USERNAME");
        assertThat(users.find(username)).isEmpty();
        assertThat(jdbc.sql("select count(*) from org_unit where name = :n").param("n", unitName).query(Long.class).single()).isZero();
    }

    @Test
    void withTheDemoUsersPresentTheStartDoesNothing() {
        long units = jdbc.sql("select count(*) from org_unit").query(Long.class).single();
        bootstrap.onReady();
        assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(units);
        assertThat(users.find("admin")).isEmpty();
    }
}
