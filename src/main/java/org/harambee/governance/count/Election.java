package org.harambee.governance.count;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * The ballots of an election as a BLT file holds them: title, candidates' names, seats, and the withdrawn candidates
 * (indexes, 0 for the first candidate), whose preferences are skipped.
 */
@NamedInterface(name = "count", propagate = false)
public record Election(String title, List<String> candidates, int seats, Set<Integer> withdrawn, List<Ballot> ballots) {

    public Election {
        candidates = List.copyOf(candidates);
        withdrawn = Set.copyOf(withdrawn);
        ballots = List.copyOf(ballots);
    }

    /** The same ballots for another number of seats. */
    public Election withSeats(int seatsToFill) {
        return new Election(title, candidates, seatsToFill, withdrawn, ballots);
    }

    /** The same ballots, counted for {@code seatsToFill} seats with these candidates withdrawn as well. */
    Election without(Set<Integer> more, int seatsToFill) {
        Set<Integer> all = new HashSet<>(withdrawn);
        all.addAll(more);
        return new Election(title, candidates, seatsToFill, all, ballots);
    }
}
