package org.harambee.governance.count;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.springframework.modulith.NamedInterface;

/**
 * Counts a single-transferable-vote election by the Scottish rules (The Local Government (Scotland) Elections Order
 * 2007, rules 45 to 52), in exact decimals:
 * <ol>
 * <li>Stage 1 gives each ballot's first preference one vote. The quota is the valid votes divided by one more than
 * the seats, fraction dropped, plus one.</li>
 * <li>At the end of every stage, each continuing candidate at or above the quota is elected, the larger total
 * first.</li>
 * <li>While seats remain: when the continuing candidates are no more than the seats left, they are all elected at
 * once; otherwise the largest surplus not yet transferred is transferred (weighted inclusive Gregory: every ballot
 * the candidate holds passes to its next continuing preference at the value surplus x its value / the candidate's
 * total, truncated to five decimal places; the candidate keeps the quota); without a surplus, the continuing
 * candidate with the fewest votes is excluded and each of their ballots passes at the value it has.</li>
 * <li>Ties, for the surplus to transfer first or the candidate to exclude, go to the totals at the most recent
 * earlier stage where the tied candidates differed, then to lots drawn from the count's recorded seed.</li>
 * </ol>
 * Value lost to truncation and ballots with no continuing preference left go to nobody.
 */
@NamedInterface(name = "count", propagate = false)
public final class StvCount {

    static final int SCALE = 5;

    private final Election election;
    private final int candidates;
    private final Random lots;
    private final long seed;
    private final State[] states;
    private final BigDecimal[] totals;
    private final List<List<Parcel>> piles = new ArrayList<>();
    private final boolean[] surplusTransferred;
    private final int[] electedAt;
    private final List<Integer> elected = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private final BigDecimal quota;
    private final long valid;
    private boolean lotsDrawn;
    /** Whether the last tie was settled by lot. */
    private boolean drawn;

    /** Where a candidate is in the count. */
    public enum State {
        CONTINUING, ELECTED, EXCLUDED, WITHDRAWN
    }

    /** What a stage did. */
    public enum Kind {
        FIRST_PREFERENCES, SURPLUS, EXCLUSION
    }

    /**
     * One stage: what it did (and whose surplus or ballots it transferred, chosen by lot or not), each candidate's
     * gain and total at its end, the value no continuing candidate received (non-transferable ballots and truncation), who was elected at
     * its end, and who was elected at its end because the continuing candidates were no more than the seats left.
     */
    public record Stage(int number, Kind kind, Integer from, boolean byLot, BigDecimal[] changes, BigDecimal[] totals,
            BigDecimal lost, List<Integer> elected, List<Integer> filled) {

        public Stage {
            changes = changes.clone();
            totals = totals.clone();
            elected = List.copyOf(elected);
            filled = List.copyOf(filled);
        }

        @Override
        public BigDecimal[] changes() {
            return changes.clone();
        }

        @Override
        public BigDecimal[] totals() {
            return totals.clone();
        }
    }

    /**
     * The result: the valid votes, the quota, every stage, the winners in order of election with the stage at whose
     * end each was elected, each candidate's total at the last stage, the seed lots were drawn from and whether any
     * were.
     */
    public record Result(Election election, long valid, BigDecimal quota, List<Stage> stages, List<Integer> elected,
            int[] electedAtStage, BigDecimal[] finalTotals, long seed, boolean lotsDrawn) {

        public Result {
            stages = List.copyOf(stages);
            elected = List.copyOf(elected);
            electedAtStage = electedAtStage.clone();
            finalTotals = finalTotals.clone();
        }

        @Override
        public int[] electedAtStage() {
            return electedAtStage.clone();
        }

        @Override
        public BigDecimal[] finalTotals() {
            return finalTotals.clone();
        }

        /** The winners' names, in order of election. */
        public List<String> electedNames() {
            return elected.stream().map(election.candidates()::get).toList();
        }
    }

    /** Ballots of one kind held by a candidate: the rank of the preference they are at, and their value each. */
    private record Parcel(Ballot ballot, int rank, BigDecimal value) {
    }

    private StvCount(Election election, long seed) {
        this.election = election;
        this.candidates = election.candidates().size();
        this.seed = seed;
        this.lots = new Random(seed);
        this.states = new State[candidates];
        this.totals = new BigDecimal[candidates];
        this.surplusTransferred = new boolean[candidates];
        this.electedAt = new int[candidates];
        for (int c = 0; c < candidates; c++) {
            states[c] = election.withdrawn().contains(c) ? State.WITHDRAWN : State.CONTINUING;
            totals[c] = zero();
            piles.add(new ArrayList<>());
        }
        long votes = 0;
        for (Ballot ballot : election.ballots()) {
            int rank = next(ballot, -1);
            if (rank >= 0) {
                piles.get(ballot.preference(rank)).add(new Parcel(ballot, rank, BigDecimal.ONE.setScale(SCALE)));
                votes += ballot.weight();
            }
        }
        this.valid = votes;
        this.quota = BigDecimal.valueOf(votes / (election.seats() + 1L) + 1).setScale(SCALE);
    }

    /** Counts the election; lots, if ties need them, are drawn from {@code seed}. */
    public static Result count(Election election, long seed) {
        return new StvCount(election, seed).run();
    }

    private Result run() {
        BigDecimal[] first = new BigDecimal[candidates];
        for (int c = 0; c < candidates; c++) {
            totals[c] = value(piles.get(c));
            first[c] = totals[c];
        }
        endStage(Kind.FIRST_PREFERENCES, null, false, first, zero());
        while (elected.size() < election.seats()) {
            List<Integer> continuing = inState(State.CONTINUING);
            int left = election.seats() - elected.size();
            if (continuing.size() <= left) {
                fill(continuing);
                break;
            }
            List<Integer> surpluses = new ArrayList<>(elected.stream()
                    .filter(c -> !surplusTransferred[c] && totals[c].compareTo(quota) > 0).toList());
            if (!surpluses.isEmpty()) {
                BigDecimal largest = surpluses.stream().map(c -> totals[c]).max(Comparator.naturalOrder()).orElseThrow();
                surpluses.removeIf(c -> totals[c].compareTo(largest) < 0);
                transferSurplus(untie(surpluses, true), drawn);
            } else {
                BigDecimal fewest = continuing.stream().map(c -> totals[c]).min(Comparator.naturalOrder()).orElseThrow();
                List<Integer> lowest = new ArrayList<>(continuing.stream()
                        .filter(c -> totals[c].compareTo(fewest) == 0).toList());
                exclude(untie(lowest, false), drawn);
            }
        }
        BigDecimal[] finals = totals.clone();
        int[] at = new int[elected.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = electedAt[elected.get(i)];
        }
        return new Result(election, valid, quota, stages, elected, at, finals, seed, lotsDrawn);
    }

    private void transferSurplus(int from, boolean byLot) {
        BigDecimal total = totals[from];
        BigDecimal surplus = total.subtract(quota);
        BigDecimal[] changes = zeros();
        BigDecimal passed = zero();
        for (Parcel parcel : piles.get(from)) {
            BigDecimal value = surplus.multiply(parcel.value()).divide(total, SCALE, RoundingMode.DOWN);
            int rank = next(parcel.ballot(), parcel.rank());
            if (rank >= 0) {
                int to = parcel.ballot().preference(rank);
                piles.get(to).add(new Parcel(parcel.ballot(), rank, value));
                BigDecimal gain = value.multiply(BigDecimal.valueOf(parcel.ballot().weight()));
                changes[to] = changes[to].add(gain);
                passed = passed.add(gain);
            }
        }
        piles.get(from).clear();
        surplusTransferred[from] = true;
        for (int c = 0; c < candidates; c++) {
            totals[c] = totals[c].add(changes[c]);
        }
        changes[from] = quota.subtract(total);
        totals[from] = quota;
        endStage(Kind.SURPLUS, from, byLot, changes, surplus.subtract(passed));
    }

    private void exclude(int from, boolean byLot) {
        BigDecimal[] changes = zeros();
        BigDecimal passed = zero();
        for (Parcel parcel : piles.get(from)) {
            int rank = next(parcel.ballot(), parcel.rank());
            if (rank >= 0) {
                int to = parcel.ballot().preference(rank);
                piles.get(to).add(new Parcel(parcel.ballot(), rank, parcel.value()));
                BigDecimal gain = parcel.value().multiply(BigDecimal.valueOf(parcel.ballot().weight()));
                changes[to] = changes[to].add(gain);
                passed = passed.add(gain);
            }
        }
        piles.get(from).clear();
        states[from] = State.EXCLUDED;
        BigDecimal held = totals[from];
        for (int c = 0; c < candidates; c++) {
            totals[c] = totals[c].add(changes[c]);
        }
        changes[from] = held.negate();
        totals[from] = zero();
        endStage(Kind.EXCLUSION, from, byLot, changes, held.subtract(passed));
    }

    /** Records the stage just counted and elects the continuing candidates who reached the quota, the larger first. */
    private void endStage(Kind kind, Integer from, boolean byLot, BigDecimal[] changes, BigDecimal lost) {
        int number = stages.size() + 1;
        List<Integer> reached = new ArrayList<>(inState(State.CONTINUING).stream()
                .filter(c -> totals[c].compareTo(quota) >= 0).toList());
        List<Integer> now = new ArrayList<>();
        while (!reached.isEmpty() && elected.size() < election.seats()) {
            BigDecimal largest = reached.stream().map(c -> totals[c]).max(Comparator.naturalOrder()).orElseThrow();
            List<Integer> top = new ArrayList<>(reached.stream().filter(c -> totals[c].compareTo(largest) == 0)
                    .toList());
            int next = untie(top, true);
            reached.remove(Integer.valueOf(next));
            elect(next, number);
            now.add(next);
        }
        stages.add(new Stage(number, kind, from, byLot, changes, totals.clone(), lost, now, List.of()));
    }

    /** Elects every continuing candidate at once, the larger total first: they are no more than the seats left. */
    private void fill(List<Integer> continuing) {
        List<Integer> order = new ArrayList<>(continuing);
        List<Integer> filled = new ArrayList<>();
        int number = stages.size();
        while (!order.isEmpty()) {
            BigDecimal largest = order.stream().map(c -> totals[c]).max(Comparator.naturalOrder()).orElseThrow();
            List<Integer> top = new ArrayList<>(order.stream().filter(c -> totals[c].compareTo(largest) == 0).toList());
            int next = untie(top, true);
            order.remove(Integer.valueOf(next));
            elect(next, number);
            filled.add(next);
        }
        Stage last = stages.remove(stages.size() - 1);
        stages.add(new Stage(last.number(), last.kind(), last.from(), last.byLot(), last.changes(), last.totals(),
                last.lost(), last.elected(), filled));
    }

    private void elect(int candidate, int stage) {
        states[candidate] = State.ELECTED;
        electedAt[candidate] = stage;
        elected.add(candidate);
    }

    /**
     * One of the tied candidates: the one with the most votes ({@code most}) or the fewest at the most recent
     * earlier stage where their totals differed, else one drawn by lot.
     */
    private int untie(List<Integer> tied, boolean most) {
        List<Integer> left = new ArrayList<>(tied);
        for (int s = stages.size() - 1; s >= 0 && left.size() > 1; s--) {
            BigDecimal[] then = stages.get(s).totals;
            Comparator<BigDecimal> order = most ? Comparator.naturalOrder() : Comparator.reverseOrder();
            BigDecimal best = left.stream().map(c -> then[c]).max(order).orElseThrow();
            if (left.stream().anyMatch(c -> then[c].compareTo(best) != 0)) {
                left.removeIf(c -> then[c].compareTo(best) != 0);
            }
        }
        drawn = left.size() > 1;
        if (!drawn) {
            return left.get(0);
        }
        lotsDrawn = true;
        left.sort(Comparator.naturalOrder());
        return left.get(lots.nextInt(left.size()));
    }

    /** The rank of the ballot's next preference after {@code rank} for a continuing candidate; -1 when none. */
    private int next(Ballot ballot, int rank) {
        for (int r = rank + 1; r < ballot.ranks(); r++) {
            if (states[ballot.preference(r)] == State.CONTINUING) {
                return r;
            }
        }
        return -1;
    }

    private List<Integer> inState(State state) {
        List<Integer> found = new ArrayList<>();
        for (int c = 0; c < candidates; c++) {
            if (states[c] == state) {
                found.add(c);
            }
        }
        return found;
    }

    private static BigDecimal value(List<Parcel> pile) {
        BigDecimal sum = zero();
        for (Parcel parcel : pile) {
            sum = sum.add(parcel.value().multiply(BigDecimal.valueOf(parcel.ballot().weight())));
        }
        return sum;
    }

    private BigDecimal[] zeros() {
        BigDecimal[] zeros = new BigDecimal[candidates];
        Arrays.fill(zeros, zero());
        return zeros;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }
}
