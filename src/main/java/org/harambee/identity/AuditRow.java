package org.harambee.identity;

import java.time.Instant;

/**
 * One audit entry as one reader may see it. An entry about a group closed to the reader, or about a group's
 * participants-only matters for a reader who does not take part, says only when an action happened in a group: not
 * what, on which record, by whom or from where. Client addresses are shown to administrators only.
 */
public record AuditRow(Instant occurredAt, boolean hidden, String actor, String action, String subject,
        String details, String remoteAddress) {

    static AuditRow of(AuditEntry entry, GroupsOfReader groups, boolean showAddresses) {
        if (groups.hides(entry)) {
            return new AuditRow(entry.occurredAt(), true, null, null, null, null, null);
        }
        return new AuditRow(entry.occurredAt(), false, entry.actor(), entry.action(), entry.subject(), entry.details(),
                showAddresses ? entry.remoteAddress() : null);
    }
}
