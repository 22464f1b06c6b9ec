package org.harambee.directory.linkages;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * An organization near another in the network's shape: how alike their work is ({@link Profile#similarity}) and
 * the rights and issue areas they share.
 */
record Neighbour(Profile organization, double similarity, Set<Integer> sharedRights, Set<Long> sharedIssueAreas) {

    private static final Comparator<Neighbour> NEAREST_FIRST = Comparator.comparingDouble(Neighbour::similarity)
            .reversed().thenComparing(n -> n.organization().name().toLowerCase(Locale.ROOT))
            .thenComparing(n -> n.organization().id());

    static Neighbour of(Profile seed, Profile other) {
        return new Neighbour(other, seed.similarity(other), new TreeSet<>(seed.sharedRights(other)),
                new TreeSet<>(seed.sharedIssueAreas(other)));
    }

    /** The {@code limit} nearest of these candidates to the seed (never the seed itself, never one sharing nothing). */
    static List<Neighbour> nearest(Profile seed, List<Profile> candidates, int limit) {
        return candidates.stream().filter(candidate -> !candidate.id().equals(seed.id()))
                .map(candidate -> of(seed, candidate)).filter(n -> n.similarity() > 0)
                .sorted(NEAREST_FIRST).limit(limit).toList();
    }
}
