package org.harambee.directory.linkages;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.membership.Capacity;
import org.harambee.membership.MemberOrganization;

/**
 * What linking organizations looks at: an organization's rights, issue areas, place, leadership, languages, and
 * what it offers and needs. Read from the search index for candidates, so that no organization is loaded from the
 * database to be compared.
 */
record Profile(Long id, String slug, String name, Set<Integer> rights, Set<Long> issueAreas, String stateCode,
        String country, boolean grassroots, boolean ledByDirectlyAffected, Set<String> languages,
        Set<Capacity> offers, Set<Capacity> needs) {

    Profile {
        rights = Set.copyOf(rights);
        issueAreas = Set.copyOf(issueAreas);
        languages = Set.copyOf(languages);
        offers = Set.copyOf(offers);
        needs = Set.copyOf(needs);
    }

    static Profile of(MemberOrganization o) {
        return new Profile(o.id(), o.slug(), o.name(), o.rights(), o.issueAreas(), o.stateCode(), o.country(),
                o.grassroots(), o.ledByDirectlyAffected(), o.languages(), o.offers(), o.needs());
    }

    /** A profile from the index's projected fields, in the order {@link Candidates} asks for them. */
    @SuppressWarnings("unchecked")
    static Profile ofProjection(Object[] fields) {
        return new Profile((Long) fields[0], (String) fields[1], (String) fields[2],
                setOf((Collection<Integer>) fields[3]), setOf((Collection<Long>) fields[4]), (String) fields[5],
                (String) fields[6], Boolean.TRUE.equals(fields[7]), Boolean.TRUE.equals(fields[8]),
                setOf((Collection<String>) fields[9]), setOf((Collection<Capacity>) fields[10]),
                setOf((Collection<Capacity>) fields[11]));
    }

    private static <T> Set<T> setOf(Collection<T> values) {
        return values == null ? Set.of() : Set.copyOf(values.stream().filter(v -> v != null).toList());
    }

    /** The rights both work on. */
    Set<Integer> sharedRights(Profile other) {
        return both(rights, other.rights);
    }

    /** The issue areas both work on. */
    Set<Long> sharedIssueAreas(Profile other) {
        return both(issueAreas, other.issueAreas);
    }

    /**
     * How alike two organizations' work is, from 0 to 1: the share of all the rights and issue areas either works on
     * that both work on (Jaccard similarity; a right and an issue area are never the same item).
     */
    double similarity(Profile other) {
        int shared = sharedRights(other).size() + sharedIssueAreas(other).size();
        int either = rights.size() + other.rights.size() + issueAreas.size() + other.issueAreas.size() - shared;
        return either == 0 ? 0 : (double) shared / either;
    }

    private static <T> Set<T> both(Set<T> one, Set<T> other) {
        return one.stream().filter(other::contains).collect(Collectors.toUnmodifiableSet());
    }
}
