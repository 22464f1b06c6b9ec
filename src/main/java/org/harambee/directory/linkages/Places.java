package org.harambee.directory.linkages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.taxonomy.StateBorders;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.taxonomy.UsState;

/**
 * Where organizations are, as partner suggestions weigh it: the same state, a bordering state, or the same census
 * region. Territories share no border, and lying in the territories does not make two of them close.
 */
record Places(StateBorders borders, Map<String, String> regions) {

    static final String TERRITORIES = "TERRITORIES";

    static Places of(Taxonomy taxonomy) {
        return new Places(taxonomy.stateBorders(),
                taxonomy.states().stream().collect(Collectors.toUnmodifiableMap(UsState::code, UsState::region)));
    }

    /** The states bordering this one. */
    Set<String> neighboursOf(String state) {
        return borders.neighboursOf(state);
    }

    /** How close the candidate is to the seed, as a reason with its points; empty when not close. */
    Optional<Reason> nearness(Profile seed, Profile candidate) {
        String here = seed.stateCode();
        String there = candidate.stateCode();
        if (here == null || there == null) {
            return Optional.empty();
        }
        if (here.equals(there)) {
            return Optional.of(new Reason(Reason.Kind.SAME_STATE, Suggestion.SAME_STATE, List.of(there)));
        }
        if (borders.border(here, there)) {
            return Optional.of(new Reason(Reason.Kind.NEIGHBOURING_STATE, Suggestion.NEIGHBOURING_STATE,
                    List.of(there)));
        }
        String region = regions.get(here);
        if (region != null && !TERRITORIES.equals(region) && region.equals(regions.get(there))) {
            return Optional.of(new Reason(Reason.Kind.SAME_REGION, Suggestion.SAME_REGION, List.of(region)));
        }
        return Optional.empty();
    }
}
