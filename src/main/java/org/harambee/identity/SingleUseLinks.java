package org.harambee.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.harambee.site.Installation;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issues, finds, uses up and revokes the single-use links that identity e-mails or logs. */
@Component
class SingleUseLinks {

    /** Expired tokens are kept this long (to tell "expired" from "unknown"), then deleted. */
    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(30);

    private final AccountTokens tokens;
    private final Clock clock;
    private final String baseUrl;

    SingleUseLinks(AccountTokens tokens, Clock clock, Installation installation) {
        this.tokens = tokens;
        this.clock = clock;
        this.baseUrl = installation.address();
    }

    /** Saves a new token and returns the full link to send, such as {@code https://…/invitation/{secret}}. */
    @Transactional
    String issue(UUID accountId, AccountToken.Purpose purpose, String path) {
        AccountToken.Issued issued = AccountToken.issue(accountId, purpose, clock.instant());
        tokens.save(issued.token());
        return baseUrl + path + issued.secret();
    }

    /** The token behind a secret from a link, if it is still usable for this purpose. Changes nothing. */
    @Transactional(readOnly = true)
    Optional<AccountToken> find(String secret, AccountToken.Purpose purpose) {
        Instant now = clock.instant();
        return AccountToken.hashOf(secret).flatMap(tokens::findByTokenHash)
                .filter(token -> token.purpose() == purpose && token.usableAt(now));
    }

    /**
     * The usable token behind a secret, locked until the caller's transaction ends so that a second request
     * waits and then finds it used; the caller checks what it must and calls {@link AccountToken#use}.
     * Empty when the token is unknown, of another purpose, expired, used or revoked.
     */
    @Transactional
    Optional<AccountToken> claim(String secret, AccountToken.Purpose purpose) {
        Instant now = clock.instant();
        return AccountToken.hashOf(secret).flatMap(tokens::lockByTokenHash)
                .filter(found -> found.purpose() == purpose && found.usableAt(now));
    }

    /** Revokes the account's links that could still set its password. */
    @Transactional
    void revokePasswordLinks(UUID accountId) {
        Instant now = clock.instant();
        tokens.outstanding(accountId, List.of(AccountToken.Purpose.INVITATION, AccountToken.Purpose.PASSWORD_RESET))
                .forEach(token -> token.revoke(now));
    }

    @Transactional
    void revokeAll(AccountToken.Purpose purpose) {
        Instant now = clock.instant();
        tokens.outstanding(purpose).forEach(token -> token.revoke(now));
    }

    @Transactional(readOnly = true)
    Optional<Instant> lastIssued(UUID accountId, AccountToken.Purpose purpose) {
        return tokens.lastIssued(accountId, purpose);
    }

    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    @Transactional
    void deleteLongExpired() {
        tokens.deleteExpiredBefore(clock.instant().minus(KEPT_AFTER_EXPIRY));
    }
}
