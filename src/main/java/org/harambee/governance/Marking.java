package org.harambee.governance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.harambee.site.Refusal;

/**
 * What a voter marked, checked against the election's candidates and written as the text of a ballot paper: the
 * candidates' numbers in the order of preference (single transferable vote), the approved candidates' numbers in
 * ascending order (approval), or {@code YES}, {@code NO} or {@code ABSTAIN} (a question). Ranks are numbers from 1,
 * each given once, without a gap: the refusal names the ranks that repeat or are skipped, at their candidates.
 */
final class Marking {

    /** The answers to a question. */
    static final List<String> ANSWERS = List.of("YES", "NO", "ABSTAIN");

    private Marking() {
    }

    static String of(Election election, List<Nomination> candidates, BallotForm ballot) {
        return switch (election.method()) {
            case STV -> ranked(ballot.getRanks(), candidates);
            case APPROVAL -> approved(ballot.getApproved(), candidates);
            case QUESTION -> answered(ballot.getAnswer());
        };
    }

    static String ranked(Map<Long, String> ranks, List<Nomination> candidates) {
        Set<Long> known = candidates.stream().map(Nomination::id).collect(Collectors.toSet());
        if (!known.containsAll(ranks.keySet())) {
            throw new Refusal("governance.ballot.unknownCandidate");
        }
        List<Refusal.Problem> problems = new ArrayList<>();
        TreeMap<Integer, List<Long>> byRank = new TreeMap<>();
        for (Nomination candidate : candidates) {
            String given = ranks.get(candidate.id());
            if (given == null || given.isBlank()) {
                continue;
            }
            Integer rank = number(given.strip());
            if (rank == null || rank < 1 || rank > candidates.size()) {
                problems.add(new Refusal.Problem(field(candidate), "governance.ballot.rankRange", candidates.size()));
            } else {
                byRank.computeIfAbsent(rank, r -> new ArrayList<>()).add(candidate.id());
            }
        }
        byRank.forEach((rank, ids) -> {
            if (ids.size() > 1) {
                ids.forEach(id -> problems.add(new Refusal.Problem("ranks[" + id + "]",
                        "governance.ballot.rankRepeated", rank)));
            }
        });
        if (problems.isEmpty() && byRank.isEmpty()) {
            problems.add(new Refusal.Problem(null, "governance.ballot.empty"));
        }
        if (problems.isEmpty() && byRank.lastKey() != byRank.size()) {
            int skipped = 1;
            while (byRank.containsKey(skipped)) {
                skipped++;
            }
            problems.add(new Refusal.Problem(null, "governance.ballot.rankSkipped", skipped));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        return byRank.values().stream().map(ids -> String.valueOf(ids.get(0))).collect(Collectors.joining(" "));
    }

    static String approved(Set<Long> approved, List<Nomination> candidates) {
        Set<Long> known = candidates.stream().map(Nomination::id).collect(Collectors.toSet());
        if (!known.containsAll(approved)) {
            throw new Refusal("governance.ballot.unknownCandidate");
        }
        return approved.stream().sorted().map(String::valueOf).collect(Collectors.joining(" "));
    }

    static String answered(String answer) {
        if (answer == null || !ANSWERS.contains(answer)) {
            throw new Refusal("answer", "governance.ballot.answerNeeded");
        }
        return answer;
    }

    /** The candidates' numbers a ballot paper lists (none for a question or an empty approval). */
    static List<Long> candidates(String choices) {
        return choices.isBlank() || ANSWERS.contains(choices) ? List.of()
                : Arrays.stream(choices.split(" ")).map(Long::valueOf).toList();
    }

    private static String field(Nomination candidate) {
        return "ranks[" + candidate.id() + "]";
    }

    private static Integer number(String text) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Integer.valueOf(text);
    }
}
