package org.jixiao.web.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every feature sees it: who, which role, at which unit, seeing which scope.
 */
public record CurrentUser(long id, String username, String passwordHash, String displayName, Role role,
                          long unitId, String unitName, String unitPath, boolean enabled, boolean locked)
        implements UserDetails {

    public Scope scope() {
        return role == Role.ADMIN ? Scope.everything() : new Scope(unitPath);
    }

    public boolean readOnly() {
        return role == Role.AUDITOR;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The same user without the password hash, for keeping in the session. */
    public CurrentUser withoutPassword() {
        return new CurrentUser(id, username, "", displayName, role, unitId, unitName, unitPath, enabled, locked);
    }
}
