package org.harambee.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.harambee.site.Refusal;

/**
 * A personal API token: a program sends it as {@code Authorization: Bearer hrb_…} and acts as the account
 * that created it, with that account's roles. Only the SHA-256 of the token is stored; the token itself is
 * shown once, when it is created. It works until its owner revokes it or the account can no longer sign in.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

    /** What every token starts with, so that one pasted by mistake into a chat or a repository is recognized. */
    static final String PREFIX = "hrb_";
    static final int MAX_NAME_LENGTH = 80;
    static final int MAX_LIVE_PER_ACCOUNT = 10;
    /** A token's last use is written at most this often, not on every request. */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    /** The prefix, then 32 random bytes in URL-safe Base64 without padding. */
    private static final Pattern SECRET = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private UUID accountId;
    private String name;
    private String tokenHash;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    protected ApiToken() {
    }

    private ApiToken(UUID accountId, String name, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    /**
     * A new token for an account that has {@code liveTokens} tokens already; the returned
     * {@link Issued#secret()} is shown to its owner once and never stored.
     *
     * @throws LimitReachedException when the account already has {@value #MAX_LIVE_PER_ACCOUNT} live tokens
     */
    static Issued issue(UUID accountId, String name, long liveTokens, Instant now) {
        if (accountId == null || nameProblem(name).isPresent()) {
            throw new IllegalArgumentException("A token needs its owner and a valid name");
        }
        if (liveTokens >= MAX_LIVE_PER_ACCOUNT) {
            throw new LimitReachedException();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new ApiToken(accountId, name.strip(), AccountToken.hash(secret), now), secret);
    }

    /** What is wrong with a token's name, as a message code; empty when it will do. */
    static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("apiTokens.name.required");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            return Optional.of("apiTokens.name.tooLong");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("apiTokens.name.invalid");
        }
        return Optional.empty();
    }

    /** The hash to look a presented token up by; empty when the text cannot be a token we issued. */
    static Optional<String> hashOf(String presented) {
        return presented != null && SECRET.matcher(presented).matches()
                ? Optional.of(AccountToken.hash(presented)) : Optional.empty();
    }

    boolean live() {
        return revokedAt == null;
    }

    boolean belongsTo(UUID accountId) {
        return this.accountId.equals(accountId);
    }

    /** Whether a request carrying this token acts as {@code owner}: the token is live and its owner may sign in. */
    boolean authenticates(Account owner) {
        return live() && belongsTo(owner.id()) && owner.canSignIn();
    }

    /** Notes a use; written at most once every {@link #USE_RECORDED_EVERY}, so a busy program does not write on every call. */
    void used(Instant now) {
        if (lastUsedAt == null || !now.isBefore(lastUsedAt.plus(USE_RECORDED_EVERY))) {
            this.lastUsedAt = now;
        }
    }

    /** Stops the token working, for good; returns whether it was live until now. */
    boolean revoke(Instant now) {
        if (!live()) {
            return false;
        }
        this.revokedAt = now;
        return true;
    }

    Long id() {
        return id;
    }

    UUID accountId() {
        return accountId;
    }

    String name() {
        return name;
    }

    String tokenHash() {
        return tokenHash;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }

    record Issued(ApiToken token, String secret) {
    }

    /** The account already has as many live tokens as it may. */
    static class LimitReachedException extends Refusal {

        LimitReachedException() {
            super(null, "apiTokens.limit", MAX_LIVE_PER_ACCOUNT);
        }
    }
}
