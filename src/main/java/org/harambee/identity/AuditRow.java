package org.harambee.identity;

import java.time.Instant;
import java.util.Set;

/**
 * One audit entry as one reader may see it. An entry about a group closed to the reader says only when an action
 * happened on a private group: not what, on which record, by whom or from where. Client addresses are shown to
 * administrators only.
 */
public record AuditRow(Instant occurredAt, boolean closedGroup, String actor, String action, String subject,
        String details, String remoteAddress) {

    static AuditRow of(AuditEntry entry, Set<Long> closedGroups, boolean showAddresses) {
        if (entry.groupId() != null && closedGroups.contains(entry.groupId())) {
            return new AuditRow(entry.occurredAt(), true, null, null, null, null, null);
        }
        return new AuditRow(entry.occurredAt(), false, entry.actor(), entry.action(), entry.subject(), entry.details(),
                showAddresses ? entry.remoteAddress() : null);
    }
}
