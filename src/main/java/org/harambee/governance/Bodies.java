package org.harambee.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.identity.AuditLog;
import org.harambee.membership.MemberRoll;
import org.harambee.membership.RepresentationFacts;
import org.harambee.site.Installation;
import org.harambee.site.Refusal;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.taxonomy.UsState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's governing bodies: described and given seat classes by election officers, who also record the
 * holders that no election seated (the founding ones, appointments) and end terms early. Everyone reads who sits
 * where until when, and who sat before.
 */
@Service
@Transactional(readOnly = true)
public class Bodies {

    private final GoverningBodies bodies;
    private final SeatClasses classes;
    private final SeatTerms terms;
    private final Elections elections;
    private final MemberRoll roll;
    private final Taxonomy taxonomy;
    private final AuditLog audit;
    private final Installation installation;
    private final Clock clock;

    Bodies(GoverningBodies bodies, SeatClasses classes, SeatTerms terms, Elections elections, MemberRoll roll,
            Taxonomy taxonomy, AuditLog audit, Installation installation, Clock clock) {
        this.bodies = bodies;
        this.classes = classes;
        this.terms = terms;
        this.elections = elections;
        this.roll = roll;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.installation = installation;
        this.clock = clock;
    }

    public List<GoverningBody> all() {
        return bodies.findAllByOrderByNameEn();
    }

    public Optional<GoverningBody> body(String slug) {
        return bodies.findBySlug(slug);
    }

    GoverningBody existing(String slug) {
        return bodies.findBySlug(slug).orElseThrow(() -> new UnknownGovernanceException(slug));
    }

    public List<SeatClass> classes(GoverningBody body) {
        return classes.findByBodyIdOrderByPosition(body.id());
    }

    /** Every term of the body, the latest first. */
    public List<SeatTerm> terms(GoverningBody body) {
        return terms.findByBodyIdOrderByStartsOnDescHolder(body.id());
    }

    /** The network's day: the one terms begin and end on. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), installation.timeZone());
    }

    /** The network's time zone, the one election timelines are given in. */
    public ZoneId zone() {
        return installation.timeZone();
    }

    /** The states a region of a seat class may be made of, with their census regions. */
    public List<UsState> states() {
        return taxonomy.states();
    }

    @Transactional
    public GoverningBody create(BodyForm form) {
        GoverningBody body = bodies.save(new GoverningBody(Slugs.of(form.getNameEn(), "body", bodies::existsBySlug),
                form, clock.instant()));
        audit.record("governance.body.created", "body " + body.slug(), null);
        return body;
    }

    @Transactional
    public void revise(String slug, BodyForm form) {
        GoverningBody body = existing(slug);
        body.revise(form);
        audit.record("governance.body.changed", "body " + body.slug(), null);
    }

    @Transactional
    public SeatClass addClass(String slug, SeatClassForm form) {
        GoverningBody body = existing(slug);
        Set<String> known = taxonomy.states().stream().map(UsState::code).collect(Collectors.toSet());
        int position = classes(body).stream().mapToInt(SeatClass::position).max().orElse(0) + 1;
        SeatClass added = classes.save(new SeatClass(body.id(), form, known, position));
        audit.record("governance.seats.added", "body " + body.slug(), added.seats() + " seats");
        return added;
    }

    /** Removes a class of seats nobody has sat in and no election fills. */
    @Transactional
    public void removeClass(String slug, Long classId) {
        GoverningBody body = existing(slug);
        SeatClass seatClass = classes.findById(classId).filter(each -> each.bodyId().equals(body.id()))
                .orElseThrow(() -> new UnknownGovernanceException(classId));
        if (terms.existsBySeatClassId(classId) || elections.countBySeatClass(classId) > 0) {
            throw new Refusal("governance.seats.inUse");
        }
        classes.delete(seatClass);
        audit.record("governance.seats.removed", "body " + body.slug(), null);
    }

    /** Seats a member in a class of the body (a holder no election seated). */
    @Transactional
    public SeatTerm seat(String slug, TermForm form) {
        GoverningBody body = existing(slug);
        SeatClass seatClass = classes.findById(form.getSeatClass()).filter(each -> each.bodyId().equals(body.id()))
                .orElseThrow(() -> new Refusal("seatClass", "governance.term.unknownClass"));
        if (roll.member(form.getMember()).isEmpty()) {
            throw new Refusal("member", "governance.term.unknownMember");
        }
        SeatTerm term = terms.save(new SeatTerm(seatClass, form.getMember(), form.getHolder(), form.getOffice(),
                form.getStartsOn(), form.getEndsOn(), null));
        audit.record("governance.term.recorded", "body " + body.slug(), "term " + term.id());
        return term;
    }

    /** Ends a term today. */
    @Transactional
    public void endTerm(String slug, Long termId) {
        GoverningBody body = existing(slug);
        SeatTerm term = terms.findById(termId).filter(each -> each.bodyId().equals(body.id()))
                .orElseThrow(() -> new UnknownGovernanceException(termId));
        term.endOn(today());
        audit.record("governance.term.ended", "body " + body.slug(), "term " + term.id());
    }

    /** Seats someone an election elected, for the body's term length from the election's term start. */
    @Transactional
    void seatElected(Election election, SeatClass seatClass, Nomination elected) {
        GoverningBody body = bodies.findById(election.bodyId()).orElseThrow();
        terms.save(new SeatTerm(seatClass, elected.candidateMemberId(), elected.candidateName(), null,
                election.termStarts(), election.termStarts().plusYears(body.termYears()), election.id()));
    }

    /**
     * How many terms in a row the member will have served on the body when a term starting on {@code day} begins:
     * its terms that end on or after the start of the next one, walking back from that day.
     */
    int termsInARow(Long bodyId, Long memberId, LocalDate day) {
        int count = 0;
        LocalDate next = day;
        for (SeatTerm term : terms.findByBodyIdAndMemberIdOrderByStartsOnDesc(bodyId, memberId)) {
            if (term.startsOn().isBefore(next) && !term.endsOn().isBefore(next)) {
                count++;
                next = term.startsOn();
            } else if (term.startsOn().isBefore(next)) {
                break;
            }
        }
        return count;
    }

    /** The classes of these seats each member is eligible for, read from their profiles now. */
    Map<Long, Set<Long>> eligibility(Collection<SeatClass> seatClasses, Collection<Long> memberIds) {
        Map<Long, RepresentationFacts> facts = roll.representationFacts(memberIds);
        return memberIds.stream().collect(Collectors.toMap(id -> id, id -> {
            Set<Long> eligible = new HashSet<>();
            RepresentationFacts member = facts.get(id);
            for (SeatClass seatClass : seatClasses) {
                if (seatClass.open() || member != null && seatClass.admits(member)) {
                    eligible.add(seatClass.id());
                }
            }
            return eligible;
        }, (a, b) -> a));
    }

    /** The classes whose seats this election fills, reserved ones first (in the body's order), then the open ones. */
    List<SeatClass> classesFilledBy(Election election) {
        if (election.bodyId() == null) {
            return List.of();
        }
        Map<Long, Integer> seats = election.seats();
        return classes.findByBodyIdOrderByPosition(election.bodyId()).stream()
                .filter(each -> seats.containsKey(each.id()))
                .sorted(Comparator.comparing(SeatClass::open).thenComparing(SeatClass::position)).toList();
    }

    /**
     * The seats of each class of the body that nobody's term fills on {@code day} (every seat when there is no day or
     * no body).
     */
    Map<Long, Integer> vacancies(Long bodyId, LocalDate day) {
        Map<Long, Integer> vacant = new HashMap<>();
        if (bodyId == null || day == null) {
            return vacant;
        }
        List<SeatTerm> served = terms.findByBodyIdOrderByStartsOnDescHolder(bodyId).stream()
                .filter(term -> term.servedOn(day)).toList();
        for (SeatClass seatClass : classesOf(bodyId)) {
            long held = served.stream().filter(term -> term.seatClassId().equals(seatClass.id())).count();
            vacant.put(seatClass.id(), (int) Math.max(0, seatClass.seats() - held));
        }
        return vacant;
    }

    GoverningBody bodyOf(Election election) {
        return election.bodyId() == null ? null : bodies.findById(election.bodyId()).orElse(null);
    }

    List<SeatClass> classesOf(Long bodyId) {
        return bodyId == null ? List.of() : classes.findByBodyIdOrderByPosition(bodyId);
    }
}
