package org.backroot.account;

import java.util.Collection;
import java.util.Set;

import org.backroot.account.domain.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account, whether it came through the login form, HTTP Basic or a bearer token.
 * Controllers take it with {@code @AuthenticationPrincipal CurrentUser user} and pass {@link #id()}
 * to services, which only ever touch that person's rows.
 */
public final class CurrentUser implements UserDetails {

    private final String id;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final transient String passwordHash;

    CurrentUser(String id, String email, String displayName, Set<Role> roles, String passwordHash) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.passwordHash = passwordHash;
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public String toString() {
        return "CurrentUser[" + id + "]";
    }
}
