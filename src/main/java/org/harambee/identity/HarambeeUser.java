package org.harambee.identity;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.harambee.site.DisplayNamed;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as the rest of the application sees them ({@code @AuthenticationPrincipal}). */
@NamedInterface(name = "api", propagate = false)
public final class HarambeeUser implements UserDetails, CredentialsContainer, DisplayNamed {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final Instant passwordChangedAt;
    private final Instant secondFactorChangedAt;
    private final boolean secondFactor;
    private String passwordHash;

    /** The person as signed in now; {@code passwordHash} is what a submitted password is checked against. */
    HarambeeUser(Account account, String passwordHash) {
        this.accountId = account.id();
        this.email = account.email();
        this.displayName = account.displayName();
        this.roles = account.roles();
        this.enabled = account.canSignIn();
        this.passwordChangedAt = account.passwordChangedAt();
        this.secondFactorChangedAt = account.secondFactorChangedAt();
        this.secondFactor = account.hasSecondFactor();
        this.passwordHash = passwordHash;
    }

    /** The person signed in by this authentication, if it is a person of this installation (not anonymous). */
    public static Optional<HarambeeUser> of(Authentication person) {
        return person != null && person.getPrincipal() instanceof HarambeeUser user ? Optional.of(user)
                : Optional.empty();
    }

    /** Whether this signed-in person still matches their account: same password, roles and name, still enabled. */
    boolean matches(Account account) {
        return stillValidFor(account) && roles.equals(account.roles())
                && Objects.equals(displayName, account.displayName());
    }

    /**
     * Whether this session was signed in with the account's current password and second factors, and the account may
     * still sign in.
     */
    boolean stillValidFor(Account account) {
        return account.canSignIn() && Objects.equals(passwordChangedAt, account.passwordChangedAt())
                && Objects.equals(secondFactorChangedAt, account.secondFactorChangedAt());
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

    /** Their roles that ask for two-step sign-in while they have not set it up (none once they have). */
    public List<Role> rolesWantingSecondFactor() {
        return secondFactor ? List.of() : roles.stream().filter(Role::wantsSecondFactor).sorted().toList();
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
}
