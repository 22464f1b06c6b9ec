package org.harambee.identity;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes every sign-in, successful or not, to the audit log. */
@Component
class SignInAudit {

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
        String name = String.valueOf(event.getAuthentication().getName());
        auditLog.recordAs(name, "sign-in.failed", name, event.getException().getClass().getSimpleName());
    }
}
