package org.harambee.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A single-use link sent to a person: an invitation to set up an account, a password reset, or the
 * first administrator's setup link (which belongs to no account yet). Only the SHA-256 of the token is
 * stored. A token is usable until it expires, is used, or is revoked because a newer one replaced it.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose {
        INVITATION(Duration.ofDays(14)), PASSWORD_RESET(Duration.ofHours(1)), SETUP(Duration.ofHours(24));

        final Duration validity;

        Purpose(Duration validity) {
            this.validity = validity;
        }
    }

    /** What a secret looks like: 32 random bytes, URL-safe Base64 without padding. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private UUID accountId;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant revokedAt;

    protected AccountToken() {
    }

    private AccountToken(UUID accountId, Purpose purpose, String tokenHash, Instant now) {
        if (accountId == null && purpose != Purpose.SETUP) {
            throw new IllegalArgumentException("Only the setup link belongs to no account");
        }
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity);
    }

    /** A new token; the returned {@link Issued#secret()} goes into the link and is never stored. */
    static Issued issue(UUID accountId, Purpose purpose, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new AccountToken(accountId, purpose, hash(secret), now), secret);
    }

    /** The hash to look a secret up by; empty when the text cannot be a secret we issued. */
    static Optional<String> hashOf(String secret) {
        return secret != null && SECRET.matcher(secret).matches() ? Optional.of(hash(secret)) : Optional.empty();
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    boolean usableAt(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    /** Uses the token up; a used, revoked or expired token can never be used again. */
    void use(Instant now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("This link has expired or was already used");
        }
        this.usedAt = now;
    }

    /** Makes a still-usable token unusable, because a newer link or a new password replaced it. */
    void revoke(Instant now) {
        if (usedAt == null && revokedAt == null) {
            this.revokedAt = now;
        }
    }

    UUID accountId() {
        return accountId;
    }

    Purpose purpose() {
        return purpose;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    record Issued(AccountToken token, String secret) {
    }
}
