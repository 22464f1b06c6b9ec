package org.harambee.identity;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every sign-in, successful or not, to the audit log. A failed or slowed-down attempt names the account
 * whose address was typed, or {@value #UNKNOWN_ACCOUNT}: whatever else was typed into the e-mail field (a
 * password typed in the wrong field, someone else's address) is not kept.
 */
@Component
class SignInAudit {

    static final String UNKNOWN_ACCOUNT = "unknown account";

    private final AuditLog auditLog;
    private final Accounts accounts;
    private final Clock clock;

    SignInAudit(AuditLog auditLog, Accounts accounts, Clock clock) {
        this.auditLog = auditLog;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        String email = event.getAuthentication().getName();
        accounts.findByEmail(email).ifPresent(account -> account.signedIn(clock.instant()));
        auditLog.recordAs(email, "sign-in.succeeded", email, null);
    }

    @EventListener
    @Transactional
    void failed(AbstractAuthenticationFailureEvent event) {
        String account = accountTyped(event.getAuthentication().getName());
        auditLog.recordAs(account, "sign-in.failed", account, why(event.getException()));
    }

    /** Passwords typed for this address are no longer checked for a while. */
    @Transactional
    void throttled(String typed, String details) {
        String account = accountTyped(typed);
        auditLog.recordAs(account, "sign-in.throttled", account, details);
    }

    /** Why a sign-in was refused, in words for the audit log (never the security library's class names). */
    private static String why(AuthenticationException refusal) {
        if (refusal instanceof DisabledException) {
            return "account disabled";
        }
        return refusal instanceof BadCredentialsException ? "e-mail and password do not match" : "refused";
    }

    private String accountTyped(String typed) {
        String email = Account.normalize(typed);
        return email == null || email.length() > 254 ? UNKNOWN_ACCOUNT
                : accounts.findByEmail(email).map(Account::email).orElse(UNKNOWN_ACCOUNT);
    }
}
