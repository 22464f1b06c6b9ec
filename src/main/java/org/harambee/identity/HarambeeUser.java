package org.harambee.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.harambee.site.DisplayNamed;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as the rest of the application sees them ({@code @AuthenticationPrincipal}). */
public final class HarambeeUser implements UserDetails, CredentialsContainer, DisplayNamed {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean enabled;
    private String passwordHash;

    HarambeeUser(Account account) {
        this.accountId = account.id();
        this.email = account.email();
        this.displayName = account.displayName();
        this.roles = account.roles();
        this.enabled = account.enabled() && account.hasPassword();
        this.passwordHash = account.passwordHash();
    }

    public UUID accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.contains(Role.STAFF) || roles.contains(Role.ADMIN);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
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
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    List<Role> sortedRoles() {
        return roles.stream().sorted().toList();
    }
}
