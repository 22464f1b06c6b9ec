package org.harambee.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a person creates and revokes their own, and a request that carries one is
 * answered as that person. Creating and revoking are audited.
 */
@Service
class ApiAccess {

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final AuditLog auditLog;
    private final Clock clock;

    ApiAccess(ApiTokens tokens, Accounts accounts, AuditLog auditLog, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<ApiTokenView> liveTokens(UUID accountId) {
        return tokens.live(accountId).stream().map(ApiTokenView::of).toList();
    }

    /**
     * A new token for the account. The account row stays locked until the token is saved, so that two
     * requests at once cannot pass the limit of live tokens together.
     *
     * @throws ApiToken.LimitReachedException when the account has as many live tokens as it may
     */
    @Transactional
    ApiToken.Issued create(UUID accountId, String name) {
        Account owner = accounts.lockAll(List.of(accountId)).stream().findFirst().orElseThrow();
        ApiToken.Issued issued = ApiToken.issue(accountId, name, tokens.countLive(accountId), clock.instant());
        tokens.save(issued.token());
        auditLog.record("api-token.created", owner.email(), issued.token().name());
        return issued;
    }

    /**
     * Revokes one of the account's tokens; revoking it again changes nothing.
     *
     * @throws UnknownApiTokenException when the account has no token with this identifier
     */
    @Transactional
    void revoke(UUID accountId, long tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.belongsTo(accountId))
                .orElseThrow(() -> new UnknownApiTokenException(tokenId));
        if (token.revoke(clock.instant())) {
            Account owner = accounts.findById(accountId).orElseThrow();
            auditLog.record("api-token.revoked", owner.email(), token.name());
        }
    }

    /**
     * Revokes every token of the account that still works, as when its password changes: whoever may have
     * taken over the account must not keep a way in. Returns how many were revoked.
     */
    @Transactional
    int revokeAll(Account owner) {
        List<ApiToken> live = tokens.live(owner.id());
        live.forEach(token -> token.revoke(clock.instant()));
        if (!live.isEmpty()) {
            auditLog.recordAs(owner.email(), "api-token.revoked-all", owner.email(), live.size() + " tokens");
        }
        return live.size();
    }

    /**
     * The person a presented token acts for: empty when the text is not a token we issued, or the token is
     * revoked, or its account cannot sign in (disabled, say). Notes the token's use.
     */
    @Transactional
    Optional<Caller> authenticate(String presented) {
        return ApiToken.hashOf(presented).flatMap(tokens::findByTokenHash).flatMap(token -> accounts
                .findById(token.accountId()).filter(token::authenticates).map(owner -> {
                    token.used(clock.instant());
                    return new Caller(token.id(), new HarambeeUser(owner, null));
                }));
    }

    /** Who a token-carrying request is answered as, and which token it carried (its rate is counted per token). */
    record Caller(long tokenId, HarambeeUser person) {
    }
}
