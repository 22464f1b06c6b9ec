package org.harambee.related;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * Something a capability published that people may follow: its kind, title and address (a path of this site), when
 * it came out, the day it is due when it has one (an alert's deadline, an event's first day, a statement's closing),
 * what it is about (issue areas and rights), and the working groups and organizations it belongs to or names.
 */
@NamedInterface(name = "api", propagate = false)
public record NewThing(ItemKind kind, String title, String address, Instant at, LocalDate due, Set<Long> issueAreas,
        Set<Integer> rights, Set<Long> groups, Set<Long> organizations) {

    public NewThing {
        issueAreas = Set.copyOf(issueAreas);
        rights = Set.copyOf(rights);
        groups = Set.copyOf(groups);
        organizations = Set.copyOf(organizations);
    }

    /** Whether it is about nothing in particular (the country's reviews): followed by its kind alone. */
    public boolean aboutNothingInParticular() {
        return issueAreas.isEmpty() && rights.isEmpty() && groups.isEmpty() && organizations.isEmpty();
    }
}
