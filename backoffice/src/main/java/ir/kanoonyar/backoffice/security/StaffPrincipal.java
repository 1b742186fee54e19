package ir.kanoonyar.backoffice.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in staff member: their scope travels with the session. */
public record StaffPrincipal(StaffScope scope, String passwordHash, boolean enabled, boolean locked)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + scope.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return scope.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The hash never leaves the server, not even in a log line. */
    @Override
    public String toString() {
        return "StaffPrincipal[" + scope.username() + ", " + scope.role() + "]";
    }
}
