package org.harambee.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records sensitive actions. The actor is the signed-in person (or "system" for scheduled jobs);
 * an entry joins the caller's transaction, so a change that rolls back leaves no entry.
 */
@Service
public class AuditLog {

    private final AuditEntries entries;

    AuditLog(AuditEntries entries) {
        this.entries = entries;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String subject, String details) {
        recordAs(currentActor(), action, subject, details);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, String action, String subject, String details) {
        entries.save(new AuditEntry(Instant.now(), actor, action, truncate(subject, 300), truncate(details, 2000),
                remoteAddress()));
    }

    static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return RequestContextHolder.getRequestAttributes() == null ? "system" : "visitor";
        }
        return authentication.getName();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
