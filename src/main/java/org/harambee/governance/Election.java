package org.harambee.governance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.harambee.site.Refusal;

/**
 * An election: the vacant seats of a body, by class, or a single question. It guards its own timeline (nominations
 * open and close, then voting opens and closes), the method it is voted by, the record date of its voter roll (good
 * standing on that day) and who votes (member organizations, individual members, or both); whether a voter may
 * change their ballot until the close; how many seconders a nomination needs. Its timeline and rules change only
 * until voting opens; once closed it is counted once, with the seed its lots are drawn from.
 */
@Entity
@Table(name = "election")
public class Election implements Franchise {

    /** The years its days may fall in (what any database keeps, and far beyond any election). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "election_seq")
    @SequenceGenerator(name = "election_seq", sequenceName = "election_seq", allocationSize = 50)
    private Long id;
    private String slug;
    private Long bodyId;
    private String titleEn;
    private String titleEs;
    private String questionEn;
    private String questionEs;
    @Enumerated(EnumType.STRING)
    private VotingMethod method;
    @Enumerated(EnumType.STRING)
    private Threshold threshold;
    private Instant nominationsOpen;
    private Instant nominationsClose;
    private Instant votingOpens;
    private Instant votingCloses;
    private LocalDate recordDate;
    private boolean organizationsVote;
    private boolean individualsVote;
    private int seconders;
    private boolean changeable;
    private LocalDate termStarts;
    private Long seed;
    private Instant countedAt;
    private UUID createdBy;
    private Instant createdAt;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "election_seats", joinColumns = @JoinColumn(name = "election_id"))
    @MapKeyColumn(name = "seat_class_id")
    @Column(name = "seats")
    private Map<Long, Integer> seats = new HashMap<>();

    protected Election() {
    }

    Election(String slug, ElectionForm form, List<SeatClass> classes, Map<Long, Integer> vacant, ZoneId zone, UUID by,
            Instant now) {
        this.slug = slug;
        this.createdBy = by;
        this.createdAt = now;
        apply(form, classes, vacant, zone);
    }

    /**
     * Changes what it decides and its timeline: refused once voting has opened, and its body or method once someone
     * has been nominated.
     */
    void revise(ElectionForm form, List<SeatClass> classes, Map<Long, Integer> vacant, boolean nominated, ZoneId zone,
            Instant now) {
        if (!now.isBefore(votingOpens)) {
            throw new Refusal("governance.election.fixed");
        }
        if (nominated && (form.getMethod() != method || !Objects.equals(form.getBody(), bodyId))) {
            throw new Refusal("method", "governance.election.nominatedAlready");
        }
        apply(form, classes, vacant, zone);
    }

    private void apply(ElectionForm form, List<SeatClass> classes, Map<Long, Integer> vacant, ZoneId zone) {
        List<Refusal.Problem> problems = new ArrayList<>();
        for (String field : List.of("nominationsOpen", "nominationsClose", "votingOpens", "votingCloses",
                "recordDate", "termStarts")) {
            LocalDate day = switch (field) {
                case "nominationsOpen" -> day(form.getNominationsOpen());
                case "nominationsClose" -> day(form.getNominationsClose());
                case "votingOpens" -> day(form.getVotingOpens());
                case "votingCloses" -> day(form.getVotingCloses());
                case "recordDate" -> form.getRecordDate();
                default -> form.getTermStarts();
            };
            if (day != null && (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR)) {
                problems.add(new Refusal.Problem(field, "governance.election.yearOutOfRange", FIRST_YEAR, LAST_YEAR));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        Map<Long, Integer> chosen = new HashMap<>();
        boolean candidates = form.getMethod().candidates();
        if (candidates) {
            if (form.getBody() == null) {
                problems.add(new Refusal.Problem("body", "governance.election.bodyNeeded"));
            }
            for (SeatClass seatClass : classes) {
                Integer wanted = form.getSeats().get(seatClass.id());
                if (wanted != null && wanted > 0) {
                    int free = vacant.getOrDefault(seatClass.id(), seatClass.seats());
                    if (wanted > free) {
                        problems.add(new Refusal.Problem("seats[" + seatClass.id() + "]",
                                "governance.election.tooManySeats", seatClass.seats(), free));
                    }
                    chosen.put(seatClass.id(), wanted);
                }
            }
            if (form.getBody() != null && chosen.isEmpty() && problems.isEmpty()) {
                problems.add(new Refusal.Problem("body", "governance.election.noSeats"));
            }
            if (form.getNominationsOpen() == null) {
                problems.add(new Refusal.Problem("nominationsOpen", "governance.election.nominationsNeeded"));
            }
            if (form.getNominationsClose() == null) {
                problems.add(new Refusal.Problem("nominationsClose", "governance.election.nominationsNeeded"));
            }
            if (form.getTermStarts() == null) {
                problems.add(new Refusal.Problem("termStarts", "governance.election.termStartsNeeded"));
            }
        } else {
            if (Texts.orNull(form.getQuestionEn()) == null && Texts.orNull(form.getQuestionEs()) == null) {
                problems.add(new Refusal.Problem("questionEn", "governance.election.questionNeeded"));
            }
            if (form.getThreshold() == null) {
                problems.add(new Refusal.Problem("threshold", "governance.election.thresholdNeeded"));
            }
        }
        Instant opens = form.getVotingOpens().atZone(zone).toInstant();
        Instant closes = form.getVotingCloses().atZone(zone).toInstant();
        if (!closes.isAfter(opens)) {
            problems.add(new Refusal.Problem("votingCloses", "governance.election.closesBeforeOpening"));
        }
        Instant nominationsFrom = null;
        Instant nominationsUntil = null;
        if (candidates && form.getNominationsOpen() != null && form.getNominationsClose() != null) {
            nominationsFrom = form.getNominationsOpen().atZone(zone).toInstant();
            nominationsUntil = form.getNominationsClose().atZone(zone).toInstant();
            if (!nominationsUntil.isAfter(nominationsFrom)) {
                problems.add(new Refusal.Problem("nominationsClose", "governance.election.closesBeforeOpening"));
            } else if (opens.isBefore(nominationsUntil)) {
                problems.add(new Refusal.Problem("votingOpens", "governance.election.votingBeforeNominationsClose"));
            }
        }
        if (form.getRecordDate().isAfter(form.getVotingOpens().toLocalDate())) {
            problems.add(new Refusal.Problem("recordDate", "governance.election.recordDateAfterOpening"));
        }
        if (!form.isOrganizationsVote() && !form.isIndividualsVote()) {
            problems.add(new Refusal.Problem("organizationsVote", "governance.election.nobodyVotes"));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        titleEn = form.getTitleEn().strip();
        titleEs = Texts.orNull(form.getTitleEs());
        method = form.getMethod();
        bodyId = candidates ? form.getBody() : null;
        seats = candidates ? chosen : new HashMap<>();
        questionEn = candidates ? null : Texts.orNull(form.getQuestionEn());
        questionEs = candidates ? null : Texts.orNull(form.getQuestionEs());
        threshold = candidates ? null : form.getThreshold();
        nominationsOpen = nominationsFrom;
        nominationsClose = nominationsUntil;
        votingOpens = opens;
        votingCloses = closes;
        recordDate = form.getRecordDate();
        organizationsVote = form.isOrganizationsVote();
        individualsVote = form.isIndividualsVote();
        seconders = candidates ? form.getSeconders() : 0;
        changeable = form.isChangeable();
        termStarts = candidates ? form.getTermStarts() : null;
    }

    private static LocalDate day(LocalDateTime moment) {
        return moment == null ? null : moment.toLocalDate();
    }

    ElectionForm asForm(ZoneId zone) {
        ElectionForm form = new ElectionForm();
        form.setTitleEn(titleEn);
        form.setTitleEs(titleEs);
        form.setMethod(method);
        form.setBody(bodyId);
        form.setThreshold(threshold);
        form.setQuestionEn(questionEn);
        form.setQuestionEs(questionEs);
        form.setNominationsOpen(nominationsOpen == null ? null : nominationsOpen.atZone(zone).toLocalDateTime());
        form.setNominationsClose(nominationsClose == null ? null : nominationsClose.atZone(zone).toLocalDateTime());
        form.setVotingOpens(votingOpens.atZone(zone).toLocalDateTime());
        form.setVotingCloses(votingCloses.atZone(zone).toLocalDateTime());
        form.setRecordDate(recordDate);
        form.setOrganizationsVote(organizationsVote);
        form.setIndividualsVote(individualsVote);
        form.setSeconders(seconders);
        form.setChangeable(changeable);
        form.setTermStarts(termStarts);
        form.setSeats(new HashMap<>(seats));
        return form;
    }

    /** Where it is in its timeline at {@code now}. */
    public ElectionPhase phase(Instant now) {
        if (countedAt != null) {
            return ElectionPhase.COUNTED;
        }
        if (!now.isBefore(votingCloses)) {
            return ElectionPhase.CLOSED;
        }
        if (!now.isBefore(votingOpens)) {
            return ElectionPhase.VOTING;
        }
        if (nominationsOpen == null || !now.isBefore(nominationsClose)) {
            return nominationsOpen == null ? ElectionPhase.UPCOMING : ElectionPhase.BEFORE_VOTING;
        }
        return now.isBefore(nominationsOpen) ? ElectionPhase.UPCOMING : ElectionPhase.NOMINATIONS;
    }

    /** Refused unless nominations are open (nominating). */
    void requireNominationsOpen(Instant now) {
        if (phase(now) != ElectionPhase.NOMINATIONS) {
            throw new Refusal("governance.nomination.closed");
        }
    }

    /** Refused once voting has opened (answering or seconding a nomination, correcting the roll). */
    void requireBeforeVoting(Instant now) {
        if (!now.isBefore(votingOpens)) {
            throw new Refusal("governance.election.votingStarted");
        }
    }

    /** Refused unless voting is open. */
    void requireVoting(Instant now) {
        if (phase(now) != ElectionPhase.VOTING) {
            throw new Refusal("governance.ballot.notOpen");
        }
    }

    /** Marks it counted, with the seed its lots were drawn from: refused unless closed and not counted yet. */
    void counted(long seed, Instant now) {
        if (phase(now) != ElectionPhase.CLOSED) {
            throw new Refusal("governance.count.notClosed");
        }
        this.seed = seed;
        this.countedAt = now;
    }

    /** Whether its voting has closed (the receipts and ballots are published from then on). */
    public boolean closed(Instant now) {
        return !now.isBefore(votingCloses);
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public Long bodyId() {
        return bodyId;
    }

    public String title(Locale locale) {
        return Texts.in(locale, titleEn, titleEs);
    }

    public String question(Locale locale) {
        return Texts.in(locale, questionEn, questionEs);
    }

    public VotingMethod method() {
        return method;
    }

    public Threshold threshold() {
        return threshold;
    }

    public Instant nominationsOpen() {
        return nominationsOpen;
    }

    public Instant nominationsClose() {
        return nominationsClose;
    }

    public Instant votingOpens() {
        return votingOpens;
    }

    public Instant votingCloses() {
        return votingCloses;
    }

    @Override
    public LocalDate recordDate() {
        return recordDate;
    }

    @Override
    public boolean organizationsVote() {
        return organizationsVote;
    }

    @Override
    public boolean individualsVote() {
        return individualsVote;
    }

    public int seconders() {
        return seconders;
    }

    public boolean changeable() {
        return changeable;
    }

    public LocalDate termStarts() {
        return termStarts;
    }

    public Long seed() {
        return seed;
    }

    public Instant countedAt() {
        return countedAt;
    }

    /** The seats it fills in each class of its body (by class id); empty for a question. */
    public Map<Long, Integer> seats() {
        return Map.copyOf(seats);
    }

    /** How many seats it fills in all. */
    public int seatCount() {
        return seats.values().stream().mapToInt(Integer::intValue).sum();
    }

    public long version() {
        return version;
    }
}
