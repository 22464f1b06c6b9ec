package org.harambee.identity;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
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

    /** The same rule as a query condition: the entries of {@code entry}'s kind this reader may read in full. */
    Predicate shows(Path<AuditEntry> entry, CriteriaBuilder criteria) {
        Path<Long> group = entry.get("groupId");
        return criteria.or(criteria.isNull(group), criteria.and(criteria.not(group.in(orNone(closed))),
                criteria.or(criteria.isFalse(entry.get("participantsOnly")), group.in(orNone(takingPart)))));
    }

    /** An IN list is never empty: an impossible id stands for none. */
    private static Set<Long> orNone(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }
}
