package org.harambee.following;

import java.util.Set;
import org.harambee.related.ItemKind;

/** What a person follows: kinds of item, and the issue areas, rights, working groups and organizations they care for. */
public record Interests(Set<ItemKind> kinds, Set<Long> issueAreas, Set<Integer> rights, Set<Long> groups,
        Set<Long> organizations) {

    public Interests {
        kinds = Set.copyOf(kinds);
        issueAreas = Set.copyOf(issueAreas);
        rights = Set.copyOf(rights);
        groups = Set.copyOf(groups);
        organizations = Set.copyOf(organizations);
    }
}
