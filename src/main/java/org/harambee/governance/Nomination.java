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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.site.Refusal;

/**
 * A member nominated to stand in an election, by a member (itself or another): the person who would sit, a statement
 * in English and/or Spanish, the members seconding it. It stands once its nominee has accepted and enough members
 * (other than the nominator and the candidate) have seconded it. It records the seat classes the candidate was
 * eligible for when nominated; the count keeps those it is still eligible for, and records the class and order it
 * was elected in.
 */
@Entity
@Table(name = "nomination")
public class Nomination {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nomination_seq")
    @SequenceGenerator(name = "nomination_seq", sequenceName = "nomination_seq", allocationSize = 50)
    private Long id;
    private Long electionId;
    private Long candidateMemberId;
    private String candidateName;
    private Long nominatorMemberId;
    private UUID nominatedBy;
    private String statementEn;
    private String statementEs;
    @Enumerated(EnumType.STRING)
    private NominationStatus status;
    private Instant nominatedAt;
    private Instant answeredAt;
    private String eligibleClasses;
    private Long electedClassId;
    private Integer electedOrder;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "seconding", joinColumns = @JoinColumn(name = "nomination_id"))
    @Column(name = "member_id")
    private Set<Long> secondedBy = new HashSet<>();

    protected Nomination() {
    }

    Nomination(Election election, NominationForm form, Set<Long> eligible, UUID by, Instant now) {
        this.electionId = election.id();
        this.candidateMemberId = form.getCandidate();
        renominate(form, eligible, by, now);
    }

    /**
     * Nominated (again, after the nominee declined): by whom, who would sit, the statement, and the classes the
     * candidate is eligible for now, the most it may be counted for.
     */
    void renominate(NominationForm form, Set<Long> eligible, UUID by, Instant now) {
        this.candidateName = form.getCandidateName().strip();
        this.nominatorMemberId = form.getNominator();
        this.nominatedBy = by;
        this.statementEn = Texts.orNull(form.getStatementEn());
        this.statementEs = Texts.orNull(form.getStatementEs());
        this.status = NominationStatus.PROPOSED;
        this.nominatedAt = now;
        this.answeredAt = null;
        this.secondedBy.clear();
        recordEligibility(eligible);
    }

    /** The nominee accepts, with the statement voters will read (refused when it has answered already). */
    void accept(AcceptanceForm statement, Instant now) {
        if (status != NominationStatus.PROPOSED) {
            throw new Refusal("governance.nomination.answered");
        }
        if (Texts.orNull(statement.getStatementEn()) == null && Texts.orNull(statement.getStatementEs()) == null) {
            throw new Refusal("statementEn", "governance.nomination.statementNeeded");
        }
        statementEn = Texts.orNull(statement.getStatementEn());
        statementEs = Texts.orNull(statement.getStatementEs());
        candidateName = statement.getCandidateName().strip();
        status = NominationStatus.ACCEPTED;
        answeredAt = now;
    }

    /** The nominee declines, or withdraws after accepting. */
    void decline(Instant now) {
        if (status == NominationStatus.DECLINED || status == NominationStatus.WITHDRAWN) {
            throw new Refusal("governance.nomination.answered");
        }
        status = status == NominationStatus.ACCEPTED ? NominationStatus.WITHDRAWN : NominationStatus.DECLINED;
        answeredAt = now;
    }

    /** A member seconds it: neither the candidate nor the nominator, and once. */
    void second(Long memberId) {
        if (memberId.equals(candidateMemberId) || memberId.equals(nominatorMemberId)) {
            throw new Refusal("governance.nomination.ownSeconding");
        }
        if (status == NominationStatus.DECLINED || status == NominationStatus.WITHDRAWN) {
            throw new Refusal("governance.nomination.answered");
        }
        if (!secondedBy.add(memberId)) {
            throw new Refusal("governance.nomination.secondedAlready");
        }
    }

    /** Whether it stands in the election: accepted, and seconded by as many members as the election asks. */
    public boolean stands(Election election) {
        return status == NominationStatus.ACCEPTED && secondedBy.size() >= election.seconders();
    }

    /**
     * Records, at the count, the classes it is counted for (those it was eligible for at its nomination and still is),
     * and the class and order it was elected in (or null).
     */
    void counted(Set<Long> eligibleNow, Long electedClass, Integer order) {
        Set<Long> kept = new HashSet<>(eligibleClasses());
        kept.retainAll(eligibleNow);
        recordEligibility(kept);
        electedClassId = electedClass;
        electedOrder = order;
    }

    private void recordEligibility(Set<Long> eligible) {
        eligibleClasses = eligible.isEmpty() ? null
                : eligible.stream().sorted().map(String::valueOf).collect(Collectors.joining(" "));
    }

    public Long id() {
        return id;
    }

    public Long electionId() {
        return electionId;
    }

    public Long candidateMemberId() {
        return candidateMemberId;
    }

    public String candidateName() {
        return candidateName;
    }

    public Long nominatorMemberId() {
        return nominatorMemberId;
    }

    public String statement(Locale locale) {
        return Texts.in(locale, statementEn, statementEs);
    }

    public String statementEn() {
        return statementEn;
    }

    public String statementEs() {
        return statementEs;
    }

    public NominationStatus status() {
        return status;
    }

    public Instant nominatedAt() {
        return nominatedAt;
    }

    public int seconders() {
        return secondedBy.size();
    }

    public boolean secondedBy(Long memberId) {
        return secondedBy.contains(memberId);
    }

    /** The classes it may be counted for: those it was eligible for at its nomination, and after the count still. */
    public List<Long> eligibleClasses() {
        return eligibleClasses == null ? List.of()
                : Arrays.stream(eligibleClasses.split(" ")).map(Long::valueOf).toList();
    }

    public Long electedClassId() {
        return electedClassId;
    }

    public Integer electedOrder() {
        return electedOrder;
    }

    public boolean elected() {
        return electedOrder != null;
    }
}
