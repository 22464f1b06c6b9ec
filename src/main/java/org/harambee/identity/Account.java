package org.harambee.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

/** A person who can sign in. Has no password until they accept an invitation or a setup link. */
@Entity
@Table(name = "account")
class Account {

    @Id
    private UUID id;
    /**
     * Bumped by every change but a sign-in (which would otherwise refuse an administrator's edit of someone who
     * just signed in): the roles form carries it, and a change from an older one is refused.
     */
    @Version
    private long version;
    @Column(unique = true)
    private String email;
    private String displayName;
    private String passwordHash;
    private Instant passwordChangedAt;
    private boolean enabled;
    private Instant createdAt;
    @OptimisticLock(excluded = true)
    private Instant lastSignInAt;
    /** Whether the person has a second factor (an authenticator app) to sign in with after their password. */
    private boolean secondFactor;
    /** When a second factor was last added, removed or reset; sessions signed in before that are ended. */
    private Instant secondFactorChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    Account(String email, String displayName, Set<Role> roles, Instant now) {
        this.id = UUID.randomUUID();
        this.email = normalize(email);
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = now;
    }

    static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** Enabled and with a password: the only accounts that can sign in. */
    public boolean canSignIn() {
        return enabled && passwordHash != null;
    }

    public boolean isAdministrator() {
        return roles.contains(Role.ADMIN);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }

    String passwordHash() {
        return passwordHash;
    }

    /**
     * When the password was last set, to the microsecond as the database keeps it; sessions signed in
     * with an older password are ended.
     */
    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    /** Sets a new password, given already hashed and checked against the password policy. */
    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public boolean hasSecondFactor() {
        return secondFactor;
    }

    Instant secondFactorChangedAt() {
        return secondFactorChangedAt;
    }

    /** A second factor was added, removed or reset: whether one is left, and when (to the microsecond kept). */
    void secondFactorChanged(boolean left, Instant now) {
        this.secondFactor = left;
        this.secondFactorChangedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    boolean grant(Role role) {
        return roles.add(role);
    }

    boolean revoke(Role role) {
        return roles.remove(role);
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    void signedIn(Instant at) {
        this.lastSignInAt = at;
    }
}
