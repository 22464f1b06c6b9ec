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
import java.util.UUID;

/**
 * A single-use link sent to a person: an invitation to set up an account, a password reset, or the
 * first administrator's setup link. Only the SHA-256 of the token is stored.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose {
        INVITATION(Duration.ofDays(14)), PASSWORD_RESET(Duration.ofHours(1)), SETUP(Duration.ofDays(7));

        final Duration validity;

        Purpose(Duration validity) {
            this.validity = validity;
        }
    }

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

    protected AccountToken() {
    }

    private AccountToken(UUID accountId, Purpose purpose, String tokenHash, Instant now) {
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

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Uses the token up; a used or expired token can never be used again. */
    void use(Instant now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("This link has expired or was already used");
        }
        this.usedAt = now;
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
