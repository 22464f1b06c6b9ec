package org.harambee.governance;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.harambee.governance.count.Ballot;
import org.harambee.governance.count.BltFile;
import org.harambee.governance.count.SequentialCount;
import org.harambee.identity.AuditLog;
import org.harambee.site.CsvFile;
import org.harambee.site.Refusal;
import org.harambee.site.SpreadsheetCells;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The count, run once by an election officer after the close: the ballot papers are shuffled, each candidate is counted
 * for the classes of seats it was eligible for at its nomination and still is by its profile (recorded), a seed is
 * drawn from a secure random source and published, and the seats are filled by the sequential method (reserved classes
 * first, then the open seats), each class by the election's method: the Scottish STV rules, or the most approvals (ties
 * by lots from the seed; a candidate nobody approved is not elected). Those elected are seated for the body's term. A
 * question is decided by its threshold. The result is read again from the ballots, the seed and the recorded
 * eligibility, so anyone with the published ballots can check it.
 */
@Service
@Transactional(readOnly = true)
public class ElectionCount {

    /** The seats of one class (or the open seats) and who filled them, in order of election. */
    public record Filled(SeatClass seatClass, int seats, List<Nomination> elected) {
    }

    /** An approval count: each candidate's approvals, by candidate number. */
    public record Approvals(Map<Long, Long> approvals) {
    }

    /** A question's answers. */
    public record Answers(long yes, long no, long abstain, boolean passed) {
    }

    /**
     * The result of a counted election: the ballots, the seed, the classes with who filled them, and for STV the
     * count itself (every pass and stage), for approval the approvals, for a question the answers.
     */
    public record Result(Election election, long ballots, List<Nomination> candidates, List<Filled> filled,
            SequentialCount.Result stv, Approvals approvals, Answers answers) {
    }

    private final ElectionOffice office;
    private final Bodies bodies;
    private final BallotBox box;
    private final Elections elections;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, Result> results = new ConcurrentHashMap<>();

    ElectionCount(ElectionOffice office, Bodies bodies, BallotBox box, Elections elections, AuditLog audit,
            Clock clock) {
        this.office = office;
        this.bodies = bodies;
        this.box = box;
        this.elections = elections;
        this.audit = audit;
        this.clock = clock;
    }

    /** Counts the closed election (once: a second count is refused). */
    @Transactional
    public void count(String slug) {
        Election election = elections.lockById(office.existing(slug).id())
                .orElseThrow(() -> new UnknownGovernanceException(slug));
        election.counted(random.nextLong(), clock.instant());
        box.shuffle(election);
        List<Nomination> candidates = office.candidates(election);
        List<SeatClass> classes = bodies.classesFilledBy(election);
        Map<Long, Set<Long>> eligibility = bodies.eligibility(classes,
                candidates.stream().map(Nomination::candidateMemberId).toList());
        Map<Nomination, Set<Long>> eligible = new HashMap<>();
        for (Nomination candidate : candidates) {
            Set<Long> both = new HashSet<>(candidate.eligibleClasses());
            both.retainAll(eligibility.getOrDefault(candidate.candidateMemberId(), Set.of()));
            eligible.put(candidate, both);
        }
        Result result = result(election, candidates, eligible, classes);
        Map<Long, Long> electedIn = new HashMap<>();
        Map<Long, Integer> order = new HashMap<>();
        int place = 0;
        for (Filled filled : result.filled()) {
            for (Nomination elected : filled.elected()) {
                electedIn.put(elected.id(), filled.seatClass().id());
                order.put(elected.id(), ++place);
            }
        }
        for (Nomination candidate : candidates) {
            candidate.counted(eligible.get(candidate), electedIn.get(candidate.id()), order.get(candidate.id()));
        }
        for (Filled filled : result.filled()) {
            filled.elected().forEach(elected -> bodies.seatElected(election, filled.seatClass(), elected));
        }
        audit.record("governance.election.counted", "election " + election.slug(), "seed " + election.seed());
    }

    /**
     * The result of a counted election, read again from its ballots, seed and recorded eligibility (once: nothing of
     * it changes after the count, so it is kept for the pages that show it).
     */
    public Result result(Election election) {
        if (election.countedAt() == null) {
            throw new Refusal("governance.count.notCounted");
        }
        return results.computeIfAbsent(election.id(), id -> {
            List<Nomination> candidates = office.candidates(election);
            Map<Nomination, Set<Long>> eligible = new HashMap<>();
            candidates.forEach(c -> eligible.put(c, new HashSet<>(c.eligibleClasses())));
            return result(election, candidates, eligible, bodies.classesFilledBy(election));
        });
    }

    private Result result(Election election, List<Nomination> candidates, Map<Nomination, Set<Long>> eligible,
            List<SeatClass> classes) {
        List<BallotBox.Paper> papers = box.papers(election);
        long seed = election.seed();
        return switch (election.method()) {
            case QUESTION -> {
                Map<String, Long> answers = papers.stream()
                        .collect(Collectors.groupingBy(BallotBox.Paper::choices, Collectors.counting()));
                long yes = answers.getOrDefault("YES", 0L);
                long no = answers.getOrDefault("NO", 0L);
                yield new Result(election, papers.size(), candidates, List.of(), null, null,
                        new Answers(yes, no, answers.getOrDefault("ABSTAIN", 0L),
                                election.threshold().passes(yes, no)));
            }
            case STV -> stv(election, papers, candidates, eligible, classes, seed);
            case APPROVAL -> approval(election, papers, candidates, eligible, classes, seed);
        };
    }

    /**
     * The anonymised ballots of a closed election, for anyone to count again: a BLT file for the single transferable
     * vote, a CSV file otherwise (one row per ballot, sorted by what it says, so no row follows a receipt code).
     */
    public ResponseEntity<byte[]> published(Election election) {
        if (!election.closed(clock.instant())) {
            throw new UnknownGovernanceException(election.slug());
        }
        List<BallotBox.Paper> papers = box.papers(election);
        List<Nomination> candidates = office.candidates(election);
        if (election.method() == VotingMethod.STV) {
            org.harambee.governance.count.Election all = counted(election, candidates,
                    ballots(papers, index(candidates)));
            String blt = BltFile.write(all.withSeats(Math.max(1, Math.min(election.seatCount(), candidates.size()))));
            return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(election.slug() + ".blt").build().toString())
                    .body(blt.getBytes(StandardCharsets.UTF_8));
        }
        List<String> rows = papers.stream().map(BallotBox.Paper::choices).sorted().toList();
        return CsvFile.download(election.slug() + "-ballots.csv", csv -> {
            if (election.method() == VotingMethod.QUESTION) {
                csv.printRecord("answer");
                for (String row : rows) {
                    csv.printRecord(row);
                }
                return;
            }
            csv.printRecord(candidates.stream().map(c -> SpreadsheetCells.neutralized(c.candidateName())).toList());
            for (String row : rows) {
                List<Long> approved = Marking.candidates(row);
                csv.printRecord(candidates.stream().map(c -> approved.contains(c.id()) ? "1" : "0").toList());
            }
        });
    }

    private static org.harambee.governance.count.Election counted(Election election, List<Nomination> candidates,
            List<Ballot> ballots) {
        return new org.harambee.governance.count.Election(election.title(Locale.ENGLISH),
                candidates.stream().map(Nomination::candidateName).toList(), Math.max(1, election.seatCount()),
                Set.of(), ballots);
    }

    private static Map<Long, Integer> index(List<Nomination> candidates) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            index.put(candidates.get(i).id(), i);
        }
        return index;
    }

    /** The ballot papers as the count reads them: preferences among the candidates, empty ballots left out. */
    private static List<Ballot> ballots(List<BallotBox.Paper> papers, Map<Long, Integer> index) {
        List<Ballot> ballots = new ArrayList<>(papers.size());
        for (BallotBox.Paper paper : papers) {
            int[] preferences = Marking.candidates(paper.choices()).stream().filter(index::containsKey)
                    .mapToInt(index::get).toArray();
            if (preferences.length > 0) {
                ballots.add(new Ballot(1, preferences));
            }
        }
        return ballots;
    }

    private static Result stv(Election election, List<BallotBox.Paper> papers, List<Nomination> candidates,
            Map<Nomination, Set<Long>> eligible, List<SeatClass> classes, long seed) {
        Map<Long, Integer> index = index(candidates);
        List<Ballot> ballots = ballots(papers, index);
        List<SeatClass> reservedClasses = classes.stream().filter(c -> !c.open()).toList();
        List<SequentialCount.Reserved> reserved = reservedClasses.stream().map(c -> new SequentialCount.Reserved(
                c.name(Locale.ENGLISH), election.seats().get(c.id()), candidates.stream()
                        .filter(n -> eligible.get(n).contains(c.id())).map(n -> index.get(n.id()))
                        .collect(Collectors.toSet())))
                .toList();
        SequentialCount.Result counted = SequentialCount.count(counted(election, candidates, ballots), reserved,
                seed);
        List<Filled> filled = new ArrayList<>();
        for (int at = 0; at < counted.passes().size(); at++) {
            SequentialCount.Pass pass = counted.passes().get(at);
            List<Nomination> elected = pass.result() == null ? List.of()
                    : pass.result().elected().stream().map(candidates::get).toList();
            SeatClass seatClass = at < reservedClasses.size() ? reservedClasses.get(at) : openClass(classes);
            if (seatClass != null && pass.seats() > 0) {
                filled.add(new Filled(seatClass, pass.seats(), elected));
            }
        }
        return new Result(election, papers.size(), candidates, filled, counted, null, null);
    }

    private static Result approval(Election election, List<BallotBox.Paper> papers, List<Nomination> candidates,
            Map<Nomination, Set<Long>> eligible, List<SeatClass> classes, long seed) {
        Map<Long, Long> approvals = new LinkedHashMap<>();
        candidates.forEach(c -> approvals.put(c.id(), 0L));
        for (BallotBox.Paper paper : papers) {
            Marking.candidates(paper.choices()).stream().filter(approvals::containsKey)
                    .forEach(id -> approvals.merge(id, 1L, Long::sum));
        }
        List<Nomination> byLot = new ArrayList<>(candidates);
        Collections.shuffle(byLot, new Random(seed));
        List<Nomination> ranked = byLot.stream().filter(n -> approvals.get(n.id()) > 0)
                .sorted(Comparator.comparing((Nomination n) -> approvals.get(n.id())).reversed()).toList();
        Set<Nomination> elected = new HashSet<>();
        List<Filled> filled = new ArrayList<>();
        List<SeatClass> reserved = classes.stream().filter(c -> !c.open()).toList();
        for (SeatClass seatClass : reserved) {
            int seats = election.seats().get(seatClass.id());
            List<Nomination> chosen = ranked.stream().filter(n -> !elected.contains(n))
                    .filter(n -> eligible.get(n).contains(seatClass.id())).limit(seats).toList();
            elected.addAll(chosen);
            filled.add(new Filled(seatClass, seats, chosen));
        }
        SeatClass open = openClass(classes);
        if (open != null) {
            int seats = classes.stream().filter(SeatClass::open).mapToInt(c -> election.seats().get(c.id())).sum();
            filled.add(new Filled(open, seats, ranked.stream().filter(n -> !elected.contains(n)).limit(seats)
                    .toList()));
        }
        return new Result(election, papers.size(), candidates, filled, null, new Approvals(approvals), null);
    }

    /** The open class the open seats are recorded in (the first, when a body has several). */
    private static SeatClass openClass(List<SeatClass> classes) {
        return classes.stream().filter(SeatClass::open).findFirst().orElse(null);
    }
}
