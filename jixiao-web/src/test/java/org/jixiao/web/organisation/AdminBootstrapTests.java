package org.jixiao.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jixiao.web.organisation.AdminBootstrap.Decision;
import org.jixiao.web.organisation.Units.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The bootstrap's decision and rules, without a database (the create path: AdminBootstrapCreateTests). */
class AdminBootstrapTests {

    @Test
    void actsOnlyOnAnEmptyUserTable() {
        assertThat(AdminBootstrap.decide(0, "a-long-password", false)).isEqualTo(Decision.CREATE);
        assertThat(AdminBootstrap.decide(0, "a-long-password", true)).as("demo database, still empty").isEqualTo(Decision.CREATE);
        assertThat(AdminBootstrap.decide(1, "a-long-password", false)).isEqualTo(Decision.NOTHING);
        assertThat(AdminBootstrap.decide(5, "", false)).isEqualTo(Decision.NOTHING);
        assertThat(AdminBootstrap.decide(0, "", false)).as("production, nobody can sign in").isEqualTo(Decision.WARN);
        assertThat(AdminBootstrap.decide(0, null, false)).isEqualTo(Decision.WARN);
        assertThat(AdminBootstrap.decide(0, "", true)).as("the demo data creates the users").isEqualTo(Decision.NOTHING);
    }

    @Test
    void theSettingsFollowTheSameRulesAsThePages() {
        AdminBootstrap.check("admin", "0123456789");
        AdminBootstrap.check("fin.admin_2", "十个汉字也算十个字符吧");
        assertThatThrownBy(() -> AdminBootstrap.check("admin", "012345678")).isInstanceOfSatisfying(OrganisationProblem.class,
                p -> assertThat(p.code()).isEqualTo("PASSWORD_TOO_SHORT"));
        assertThatThrownBy(() -> AdminBootstrap.check("Admin", "0123456789")).isInstanceOfSatisfying(OrganisationProblem.class,
                p -> assertThat(p.code()).isEqualTo("BAD_USERNAME"));
        assertThatThrownBy(() -> AdminBootstrap.check("ad", "0123456789")).isInstanceOfSatisfying(OrganisationProblem.class,
                p -> assertThat(p.code()).isEqualTo("BAD_USERNAME"));
    }

    @Test
    void passwordsHaveTenCharactersAndAtMostBcryptsSeventyTwoBytes() {
        PasswordRules.check("a".repeat(72));
        PasswordRules.check("密".repeat(24));
        assertThatThrownBy(() -> PasswordRules.check("a".repeat(73))).hasMessage("PASSWORD_TOO_LONG");
        assertThatThrownBy(() -> PasswordRules.check("密".repeat(25))).hasMessage("PASSWORD_TOO_LONG");
        assertThatThrownBy(() -> PasswordRules.check("密".repeat(9))).hasMessage("PASSWORD_TOO_SHORT");
        assertThatThrownBy(() -> PasswordRules.check(null)).hasMessage("PASSWORD_TOO_SHORT");
    }

    @Test
    void aChildsKindFollowsItsParent() {
        assertThat(UnitAdmin.childKind(null)).contains(Kind.FINANCE_BUREAU);
        assertThat(UnitAdmin.childKind(Kind.FINANCE_BUREAU)).contains(Kind.DEPARTMENT);
        assertThat(UnitAdmin.childKind(Kind.DEPARTMENT)).contains(Kind.UNIT);
        assertThat(UnitAdmin.childKind(Kind.UNIT)).isEmpty();
    }

    @Test
    void theEnvironmentVariablesReachTheSettings() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env", Map.of(
                "JIXIAO_ADMIN_PASSWORD", "from-the-env", "JIXIAO_ADMIN_UNIT_NAME", "某市财政局")));
        assertThat(env.resolvePlaceholders("${jixiao.admin.password:}")).isEqualTo("from-the-env");
        assertThat(env.resolvePlaceholders("${jixiao.admin.unit-name:财政局}")).isEqualTo("某市财政局");
        assertThat(env.resolvePlaceholders("${jixiao.admin.username:admin}")).isEqualTo("admin");
    }
}
