package org.harambee.identity;

import java.time.Instant;
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

    SignInAudit(AuditLog auditLog, Accounts accounts) {
        this.auditLog = auditLog;
        this.accounts = accounts;
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        String email = event.getAuthentication().getName();
        accounts.findByEmail(email).ifPresent(account -> account.signedIn(Instant.now()));
        auditLog.recordAs(email, "sign-in.succeeded", email, null);
    }

    @EventListener
    @Transactional
    void failed(AbstractAuthenticationFailureEvent event) {
        String attempted = String.valueOf(event.getAuthentication().getName());
        String name = attempted.length() > 254 ? attempted.substring(0, 254) : attempted;
        auditLog.recordAs(name, "sign-in.failed", name, event.getException().getClass().getSimpleName());
    }
}
