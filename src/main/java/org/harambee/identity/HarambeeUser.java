package org.harambee.identity;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
    private final Set<Role> usableRoles;
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
        this.usableRoles = account.hasSecondFactor() ? roles
                : roles.stream().filter(role -> !role.wantsSecondFactor()).collect(Collectors.toUnmodifiableSet());
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

    /**
     * The roles this person can use now: all of theirs once they have a second factor; until then, none of those
     * that require one ({@link Role#wantsSecondFactor}).
     */
    public Set<Role> roles() {
        return usableRoles;
    }

    public boolean has(Role role) {
        return usableRoles.contains(role);
    }

    /** Their roles that cannot be used until they set up two-step sign-in (none once they have). */
    public List<Role> rolesWantingSecondFactor() {
        return secondFactor ? List.of() : roles.stream().filter(Role::wantsSecondFactor).sorted().toList();
    }

    public boolean isStaff() {
        return has(Role.STAFF) || has(Role.ADMIN);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return usableRoles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
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
