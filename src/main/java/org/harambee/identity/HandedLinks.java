package org.harambee.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How people get in without e-mail: an administrator makes a link that sets the password of an account and gives
 * it to the person by hand. It is the invitation link of an account without a password yet (valid 14 days), the
 * password-reset link otherwise (valid one hour); it replaces every earlier such link of the account, is shown
 * once to that administrator only, never stored but as a hash, and audited. Only administrators may make one, as
 * only they may grant whatever the account holds.
 */
@Service
class HandedLinks {

    private final Accounts accounts;
    private final SingleUseLinks links;
    private final AuditLog auditLog;

    HandedLinks(Accounts accounts, SingleUseLinks links, AuditLog auditLog) {
        this.accounts = accounts;
        this.links = links;
        this.auditLog = auditLog;
    }

    /** A new link for this enabled account; empty when the account is disabled (it could not sign in). */
    @Transactional
    Optional<String> issue(UUID accountId) {
        return accounts.findById(accountId).filter(Account::enabled).map(account -> {
            links.revokePasswordLinks(account.id());
            boolean invitation = !account.hasPassword();
            auditLog.record("account.sign-in-link-issued", account.email(),
                    invitation ? "invitation link, handed over" : "password-reset link, handed over");
            return invitation ? links.issue(account.id(), AccountToken.Purpose.INVITATION, "/invitation/")
                    : links.issue(account.id(), AccountToken.Purpose.PASSWORD_RESET, "/password/reset/");
        });
    }
}
