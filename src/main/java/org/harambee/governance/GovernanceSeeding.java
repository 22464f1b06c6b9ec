package org.harambee.governance;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the demo network does that no officer or member could do today: an election whose nominations and voting
 * are already over, with its ballots (cast as voters would have cast them) and its count. Nothing in production calls
 * it. Bodies, seat classes and terms are made by the same services officers use.
 */
@Component
@NamedInterface(name = "seeding", propagate = false)
public class GovernanceSeeding {

    /** A candidate: the member, the person who would sit, the statement in English and in Spanish. */
    @NamedInterface(name = "seeding", propagate = false)
    public record Candidate(Long memberId, String name, String statementEn, String statementEs) {
    }

    private final Bodies bodies;
    private final ElectionOffice office;
    private final Nominations nominations;
    private final BallotBox box;
    private final ElectionCount count;
    private final VoterRoll roll;
    private final Clock clock;

    GovernanceSeeding(Bodies bodies, ElectionOffice office, Nominations nominations, BallotBox box,
            ElectionCount count, VoterRoll roll, Clock clock) {
        this.bodies = bodies;
        this.office = office;
        this.nominations = nominations;
        this.box = box;
        this.count = count;
        this.roll = roll;
        this.clock = clock;
    }

    public boolean hasBodies() {
        return !bodies.all().isEmpty();
    }

    /** Describes a body with these classes of seats, as its officer would; answers its address name. */
    @Transactional
    public String body(BodyForm form, List<SeatClassForm> classes) {
        GoverningBody body = bodies.create(form);
        classes.forEach(seats -> bodies.addClass(body.slug(), seats));
        return body.slug();
    }

    /** The body's number. */
    public Long bodyId(String slug) {
        return bodies.existing(slug).id();
    }

    /** The body's classes of seats, by number, in its order. */
    public List<Long> classes(String slug) {
        return bodies.classes(bodies.existing(slug)).stream().map(SeatClass::id).toList();
    }

    /** Records a holder no election seated (a founding one), as its officer would. */
    @Transactional
    public void seat(String slug, TermForm term) {
        bodies.seat(slug, term);
    }

    /** Ends today, as its officer would, the terms of so many of those sitting in a class of the body's seats. */
    @Transactional
    public void endTerms(String slug, Long seatClassId, int count) {
        bodies.terms(bodies.existing(slug)).stream()
                .filter(term -> term.seatClassId().equals(seatClassId) && term.servedOn(bodies.today())).limit(count)
                .forEach(term -> bodies.endTerm(slug, term.id()));
    }

    /**
     * Calls an election as its officer would (its timeline may be over already: its nominations are then added here).
     */
    @Transactional
    public String call(ElectionForm form, UUID officer) {
        return office.call(form, officer).slug();
    }

    /**
     * Nominates a candidate, nominated by itself, accepted (when asked) with its statement and seconded by these
     * members; answers the nomination's number.
     */
    @Transactional
    public Long nominate(String slug, Candidate candidate, List<Long> seconders, boolean accepted, UUID by) {
        Election election = office.existing(slug);
        NominationForm form = new NominationForm();
        form.setNominator(candidate.memberId());
        form.setCandidate(candidate.memberId());
        form.setCandidateName(candidate.name());
        form.setStatementEn(candidate.statementEn());
        form.setStatementEs(candidate.statementEs());
        Nomination nomination = nominations.save(new Nomination(election, form, bodies.eligibility(
                bodies.classesFilledBy(election), List.of(candidate.memberId())).get(candidate.memberId()), by,
                clock.instant()));
        if (accepted) {
            nomination.accept(form, clock.instant());
        }
        seconders.forEach(nomination::second);
        return nomination.id();
    }

    /** The members on the election's roll, by name. */
    public List<Long> onRoll(String slug) {
        return roll.entries(office.existing(slug)).stream().filter(VoterRoll.Entry::onRoll)
                .map(entry -> entry.member().id()).toList();
    }

    /** Casts the member's ballot ranking these nominations (or approving them), as it would have been cast. */
    @Transactional
    public void vote(String slug, Long memberId, List<Long> nominationsInOrder) {
        box.put(office.existing(slug), memberId,
                nominationsInOrder.stream().map(String::valueOf).collect(Collectors.joining(" ")));
    }

    /** Counts the closed election, as its officer would. */
    public void count(String slug) {
        count.count(slug);
    }
}
