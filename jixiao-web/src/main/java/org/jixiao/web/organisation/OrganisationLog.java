package org.jixiao.web.organisation;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of every change to units and users (table organisation_log). Written in the same
 * transaction as the change, so a refused or failed change leaves no entry. Never holds a password.
 */
@Repository
public class OrganisationLog {

    /** What was done; the page names each through {@code organisation.action.<name>}. */
    public enum Action { UNIT_CREATED, UNIT_RENAMED, USER_CREATED, USER_ENABLED, USER_DISABLED, PASSWORD_RESET, PASSWORD_CHANGED }

    /** One entry as the log page shows it (time in Beijing time, as the other history pages). */
    public record Entry(long id, String username, LocalDateTime at, Action action, String target,
                        String oldValue, String newValue) {
        public String actionKey() {
            return "organisation.action." + action.name();
        }
    }

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final int PAGE = 500;

    private final JdbcClient jdbc;

    OrganisationLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String username, Action action, String target, String oldValue, String newValue) {
        jdbc.sql("""
                        insert into organisation_log (username, action, target, old_value, new_value)
                        values (:username, :action, :target, :old, :new)""")
                .param("username", username).param("action", action.name()).param("target", target)
                .param("old", oldValue).param("new", newValue)
                .update();
    }

    /** The newest entries first. */
    public List<Entry> recent() {
        return jdbc.sql("""
                        select id, username, changed_at, action, target, old_value, new_value
                          from organisation_log order by id desc limit :limit""")
                .param("limit", PAGE)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2),
                        LocalDateTime.ofInstant(rs.getTimestamp(3).toInstant(), BEIJING),
                        Action.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }
}
