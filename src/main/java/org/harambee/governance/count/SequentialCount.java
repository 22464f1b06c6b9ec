package org.harambee.governance.count;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * An election with reserved seats, counted by the sequential method: each class of reserved seats in turn is
 * counted by {@link StvCount} among the candidates eligible for it (every other candidate, and everyone elected
 * in an earlier pass, is treated as withdrawn: their preferences are skipped), then the open seats among every
 * candidate not yet elected. Each pass has its own valid votes and quota. A reserved seat that no eligible
 * candidate stands for stays vacant (it does not pass to the open seats): the result says how many.
 */
@NamedInterface(name = "count", propagate = false)
public final class SequentialCount {

    /** Seats reserved for the candidates with these indexes (0 for the first candidate), under a name. */
    public record Reserved(String name, int seats, Set<Integer> eligible) {

        public Reserved {
            eligible = Set.copyOf(eligible);
        }
    }

    /** One pass: the reserved seats it filled (null for the open seats), its count, and the seats left vacant. */
    public record Pass(Reserved reserved, int seats, StvCount.Result result, int vacant) {
    }

    /** Every pass in order, and every winner in order of election across the passes. */
    public record Result(List<Pass> passes, List<Integer> elected) {

        public Result {
            passes = List.copyOf(passes);
            elected = List.copyOf(elected);
        }
    }

    private SequentialCount() {
    }

    /**
     * Counts the election's {@link Election#seats()} seats: those of each reserved class first, in the order given,
     * then the rest open to all; lots, if ties need them, are drawn from {@code seed} in every pass.
     */
    public static Result count(Election election, List<Reserved> reserved, long seed) {
        int reservedSeats = reserved.stream().mapToInt(Reserved::seats).sum();
        if (reservedSeats > election.seats() || reserved.stream().anyMatch(each -> each.seats() < 1)) {
            throw new IllegalArgumentException("Reserved seats must be at least 1 each and at most the election's "
                    + election.seats());
        }
        Set<Integer> elected = new HashSet<>();
        List<Integer> order = new ArrayList<>();
        List<Pass> passes = new ArrayList<>();
        for (Reserved seats : reserved) {
            Set<Integer> out = new HashSet<>(elected);
            for (int c = 0; c < election.candidates().size(); c++) {
                if (!seats.eligible().contains(c)) {
                    out.add(c);
                }
            }
            passes.add(pass(election, out, seats, seats.seats(), seed, elected, order));
        }
        passes.add(pass(election, new HashSet<>(elected), null, election.seats() - reservedSeats, seed, elected,
                order));
        return new Result(passes, order);
    }

    private static Pass pass(Election election, Set<Integer> out, Reserved reserved, int seats, long seed,
            Set<Integer> elected, List<Integer> order) {
        Election counted = election.without(out, seats);
        long standing = election.candidates().size() - counted.withdrawn().size();
        int filled = (int) Math.min(seats, standing);
        if (filled == 0) {
            return new Pass(reserved, seats, null, seats);
        }
        StvCount.Result result = StvCount.count(counted.withSeats(filled), seed);
        elected.addAll(result.elected());
        order.addAll(result.elected());
        return new Pass(reserved, seats, result, seats - result.elected().size());
    }
}
