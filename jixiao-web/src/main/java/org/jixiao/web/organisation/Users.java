package org.jixiao.web.organisation;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Users, read for sign-in and created by the administrator or the demo data. */
@Repository
public class Users implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;

    Users(JdbcClient jdbc, PasswordEncoder passwords, LoginThrottle throttle) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public CurrentUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    public Optional<CurrentUser> find(String username) {
        return jdbc.sql("""
                        select u.id, u.username, u.password_hash, u.display_name, u.role, u.enabled,
                               o.id as unit_id, o.name as unit_name, o.path
                          from app_user u join org_unit o on o.id = u.unit_id
                         where u.username = :username""")
                .param("username", username)
                .query((rs, n) -> new CurrentUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("password_hash"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                        rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("path"), rs.getBoolean("enabled"),
                        throttle.isLocked(rs.getString("username"))))
                .optional();
    }

    @Transactional
    public long create(String username, String rawPassword, String displayName, long unitId, Role role) {
        return jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, unit_id, role)
                        values (:username, :hash, :name, :unit, :role) returning id""")
                .param("username", username)
                .param("hash", passwords.encode(rawPassword))
                .param("name", displayName)
                .param("unit", unitId)
                .param("role", role.name())
                .query(Long.class).single();
    }

    /** Whether the user still exists and may sign in. */
    public boolean isEnabled(long id) {
        return jdbc.sql("select enabled from app_user where id = :id").param("id", id).query(Boolean.class)
                .optional().orElse(false);
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }
}
