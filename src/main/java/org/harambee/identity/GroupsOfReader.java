package org.harambee.identity;

import java.util.Set;

/**
 * The working groups as one reader of the audit log may see them: those closed to them, and those they take part in.
 */
record GroupsOfReader(Set<Long> closed, Set<Long> takingPart) {

    /** Whether this entry is hidden from the reader: its group is closed to them, or it is for participants only. */
    boolean hides(AuditEntry entry) {
        Long group = entry.groupId();
        return group != null && (closed.contains(group) || entry.participantsOnly() && !takingPart.contains(group));
    }
}
