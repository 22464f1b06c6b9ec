package org.harambee.governance.count;

import org.springframework.modulith.NamedInterface;

/**
 * {@code weight} voters' identical ballot: candidate indexes (0 for the first candidate) in order of preference.
 */
@NamedInterface(name = "count", propagate = false)
public record Ballot(long weight, int[] preferences) {

    public Ballot {
        preferences = preferences.clone();
    }

    @Override
    public int[] preferences() {
        return preferences.clone();
    }

    int preference(int rank) {
        return preferences[rank];
    }

    int ranks() {
        return preferences.length;
    }
}
