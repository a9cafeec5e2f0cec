package org.jixiao.web.organisation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.web.organisation.OrganisationLog.Action;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintaining users: the list in a scope, creating, enabling and disabling, resetting a password, and
 * a user changing their own. Lookups are limited to the acting user's scope in the query; every
 * change goes to the organisation log in the same transaction, never with a password.
 */
@Service
public class UserAdmin {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    static final int MAX_DISPLAY_NAME = 100;

    /** A user as the list shows them. */
    public record Row(long id, String username, String displayName, Role role, long unitId, String unitName,
                      String unitPath, boolean enabled) {
    }

    /** The create form as typed (the password is never shown again). */
    public record NewUser(String username, String displayName, String unitId, String role) {
        public static NewUser empty() {
            return new NewUser("", "", "", "");
        }
    }

    private final JdbcClient jdbc;
    private final Users users;
    private final UnitAdmin units;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final OrganisationLog log;

    UserAdmin(JdbcClient jdbc, Users users, UnitAdmin units, PasswordEncoder passwords, LoginThrottle throttle,
              OrganisationLog log) {
        this.jdbc = jdbc;
        this.users = users;
        this.units = units;
        this.passwords = passwords;
        this.throttle = throttle;
        this.log = log;
    }

    public List<Row> list(Scope scope) {
        return jdbc.sql(SELECT + " where o.path like :scope order by o.path, u.username")
                .param("scope", scope.likePattern()).query(UserAdmin::row).list();
    }

    public Optional<Row> inScope(long id, Scope scope) {
        return jdbc.sql(SELECT + " where u.id = :id and o.path like :scope")
                .param("id", id).param("scope", scope.likePattern()).query(UserAdmin::row).optional();
    }

    @Transactional
    public long create(CurrentUser by, NewUser form, String password) {
        String username = form.username() == null ? "" : form.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new OrganisationProblem(OrganisationProblem.BAD_USERNAME);
        }
        if (users.find(username).isPresent()) {
            throw new OrganisationProblem(OrganisationProblem.DUPLICATE_USERNAME);
        }
        String displayName = form.displayName() == null ? "" : form.displayName().strip();
        if (displayName.isEmpty()) {
            throw new OrganisationProblem(OrganisationProblem.DISPLAY_NAME_REQUIRED);
        }
        if (displayName.codePointCount(0, displayName.length()) > MAX_DISPLAY_NAME) {
            throw new OrganisationProblem(OrganisationProblem.DISPLAY_NAME_TOO_LONG);
        }
        UnitAdmin.Row unit = units.inScope(UnitAdmin.id(form.unitId(), OrganisationProblem.UNIT_NOT_FOUND), by.scope())
                .orElseThrow(() -> new OrganisationProblem(OrganisationProblem.UNIT_NOT_FOUND));
        Role role = role(form.role());
        PasswordRules.check(password);
        long id;
        try {
            id = users.create(username, password, displayName, unit.id(), role);
        } catch (DuplicateKeyException e) {
            // created by someone else between the check and the insert
            throw new OrganisationProblem(OrganisationProblem.DUPLICATE_USERNAME);
        }
        log.record(by.getUsername(), Action.USER_CREATED, username, null,
                displayName + " · " + role.name() + " · " + UnitAdmin.label(unit.id(), unit.name()));
        return id;
    }

    @Transactional
    public void setEnabled(CurrentUser by, long id, boolean enabled) {
        Row user = inScope(id, by.scope()).orElseThrow(() -> new OrganisationProblem(OrganisationProblem.USER_NOT_FOUND));
        if (!enabled && user.id() == by.id()) {
            // the last administrator could otherwise lock everyone out
            throw new OrganisationProblem(OrganisationProblem.CANNOT_DISABLE_SELF);
        }
        if (user.enabled() == enabled) {
            return;
        }
        jdbc.sql("update app_user set enabled = :enabled where id = :id").param("enabled", enabled).param("id", id).update();
        log.record(by.getUsername(), enabled ? Action.USER_ENABLED : Action.USER_DISABLED, user.username(),
                String.valueOf(user.enabled()), String.valueOf(enabled));
    }

    @Transactional
    public void resetPassword(CurrentUser by, long id, String password) {
        Row user = inScope(id, by.scope()).orElseThrow(() -> new OrganisationProblem(OrganisationProblem.USER_NOT_FOUND));
        PasswordRules.check(password);
        storePassword(user.id(), password);
        log.record(by.getUsername(), Action.PASSWORD_RESET, user.username(), null, null);
    }

    /** The signed-in user's own password: only with the current one, which counts as a sign-in attempt. */
    @Transactional
    public void changeOwnPassword(CurrentUser me, String current, String next, String confirmation) {
        String hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", me.id())
                .query(String.class).single();
        boolean right = current != null && !PasswordRules.tooLongForBcrypt(current)
                && !throttle.isLocked(me.getUsername()) && passwords.matches(current, hash);
        if (!right) {
            // so that a stolen session cannot be used to guess the password any faster than the login form
            throttle.failed(me.getUsername());
            throw new OrganisationProblem(OrganisationProblem.WRONG_CURRENT_PASSWORD);
        }
        PasswordRules.check(next);
        if (!next.equals(confirmation)) {
            throw new OrganisationProblem(OrganisationProblem.PASSWORDS_DIFFER);
        }
        storePassword(me.id(), next);
        log.record(me.getUsername(), Action.PASSWORD_CHANGED, me.getUsername(), null, null);
    }

    private void storePassword(long id, String password) {
        jdbc.sql("update app_user set password_hash = :hash where id = :id")
                .param("hash", passwords.encode(password)).param("id", id).update();
    }

    private static Role role(String role) {
        try {
            return Role.valueOf(role == null ? "" : role.strip());
        } catch (IllegalArgumentException e) {
            throw new OrganisationProblem(OrganisationProblem.BAD_ROLE);
        }
    }

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.role, o.id, o.name, o.path, u.enabled
              from app_user u join org_unit o on o.id = u.unit_id""";

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                rs.getLong(5), rs.getString(6), rs.getString(7), rs.getBoolean(8));
    }
}
