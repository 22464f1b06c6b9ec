package org.harambee.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.harambee.finance.GoodStanding;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.mail.Letters;
import org.harambee.mail.Mailer;
import org.harambee.membership.MemberKind;
import org.harambee.membership.MemberRoll;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.RollMember;
import org.harambee.site.Installation;
import org.harambee.site.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominations: while they are open, any member in good standing nominates itself or a member organization (never
 * another individual member, whom nobody else may name), eligible for at least one class of the seats the election
 * fills (the classes it is eligible for are recorded) and within the body's term limit; a member nominated by
 * another is told by e-mail and may be nominated again after declining. The nominee accepts, while in good standing,
 * naming who would sit and with a statement, or declines; other members in good standing second an accepted
 * nomination. Answers and seconds are taken until voting opens.
 */
@Service
@Transactional(readOnly = true)
public class Nominating {

    private final ElectionOffice office;
    private final Nominations nominations;
    private final Bodies bodies;
    private final MemberRoll members;
    private final GoodStanding standing;
    private final AuditLog audit;
    private final Mailer mailer;
    private final Letters letters;
    private final Installation installation;
    private final Clock clock;

    Nominating(ElectionOffice office, Nominations nominations, Bodies bodies, MemberRoll members,
            GoodStanding standing, AuditLog audit, Mailer mailer, Letters letters, Installation installation,
            Clock clock) {
        this.office = office;
        this.nominations = nominations;
        this.bodies = bodies;
        this.members = members;
        this.standing = standing;
        this.audit = audit;
        this.mailer = mailer;
        this.letters = letters;
        this.installation = installation;
        this.clock = clock;
    }

    /** The members this person may nominate for: those they answer for, in good standing today. */
    public List<RollMember> nominators(HarambeeUser user) {
        List<RollMember> mine = members.answeredForBy(user);
        if (mine.isEmpty()) {
            return mine;
        }
        var standings = standing.of(mine.stream().map(RollMember::id).toList(), today());
        return mine.stream().filter(member -> standings.get(member.id()).good()).toList();
    }

    @Transactional
    public Nomination nominate(String slug, NominationForm form, HarambeeUser user) {
        Election election = office.existing(slug);
        election.requireNominationsOpen(clock.instant());
        if (nominators(user).stream().noneMatch(member -> member.id().equals(form.getNominator()))) {
            throw new Refusal("nominator", "governance.nomination.notYourMember");
        }
        boolean own = members.answeredForBy(user).stream().anyMatch(m -> m.id().equals(form.getCandidate()));
        RollMember candidate = members.member(form.getCandidate())
                .filter(member -> member.status() == MembershipStatus.ACTIVE)
                .filter(member -> own || member.kind() == MemberKind.ORGANIZATION)
                .orElseThrow(() -> new Refusal("candidate", "governance.term.unknownMember"));
        if (own && !standing.of(candidate.id(), today()).good()) {
            throw new Refusal("candidate", "governance.nomination.candidateNotInGoodStanding");
        }
        Nomination earlier = nominations.findByElectionIdOrderByCandidateName(election.id()).stream()
                .filter(each -> each.candidateMemberId().equals(candidate.id())).findFirst().orElse(null);
        if (earlier != null && earlier.status() != NominationStatus.DECLINED) {
            throw new Refusal("candidate", "governance.nomination.nominatedAlready");
        }
        Set<Long> eligible = eligibleClasses(election, candidate.id());
        if (eligible.isEmpty()) {
            throw new Refusal("candidate", "governance.nomination.noEligibleSeat");
        }
        GoverningBody body = bodies.bodyOf(election);
        if (body.termLimit() != null
                && bodies.termsInARow(body.id(), candidate.id(), election.termStarts()) >= body.termLimit()) {
            throw new Refusal("candidate", "governance.nomination.termLimit", body.termLimit());
        }
        Nomination nomination;
        if (earlier != null) {
            earlier.renominate(form, eligible, user.accountId(), clock.instant());
            nomination = earlier;
        } else {
            nomination = new Nomination(election, form, eligible, user.accountId(), clock.instant());
        }
        try {
            nomination = nominations.saveAndFlush(nomination);
        } catch (DataIntegrityViolationException nominatedMeanwhile) {
            throw new Refusal("candidate", "governance.nomination.nominatedAlready");
        }
        audit.record("governance.nomination.made", "election " + election.slug(), "nomination " + nomination.id());
        if (!candidate.id().equals(form.getNominator()) && candidate.email() != null) {
            tell(candidate, members.member(form.getNominator()).orElseThrow(), nomination, election);
        }
        return nomination;
    }

    /** Tells a member nominated by another one, in its language, how to accept or decline before voting opens. */
    private void tell(RollMember candidate, RollMember nominator, Nomination nomination, Election election) {
        Locale locale = Locale.forLanguageTag(candidate.language() == null ? "en" : candidate.language());
        String opens = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(installation.timeZone()).format(election.votingOpens());
        mailer.send(letters.letter(candidate.email(), locale, "governance.mail.nominated",
                candidate.contactName() == null ? candidate.name() : candidate.contactName(), nominator.name(),
                candidate.name(), nomination.candidateName(), election.title(locale),
                letters.link("/elections/" + election.slug() + "/nominations/" + nomination.id()),
                letters.networkName(), opens));
    }

    /** The classes of the election's seats this member is eligible for, read from its profile now. */
    public Set<Long> eligibleClasses(Election election, Long memberId) {
        return bodies.eligibility(bodies.classesFilledBy(election), List.of(memberId)).get(memberId);
    }

    /** The eligibility of every nominee, read now. */
    public Map<Long, Set<Long>> eligibility(Election election, List<Nomination> nominated) {
        return bodies.eligibility(bodies.classesFilledBy(election),
                nominated.stream().map(Nomination::candidateMemberId).toList());
    }

    @Transactional
    public void accept(String slug, Long id, AcceptanceForm statement, HarambeeUser user) {
        Election election = office.existing(slug);
        Nomination nomination = answeredBy(election, id, user);
        election.requireBeforeVoting(clock.instant());
        if (!standing.of(nomination.candidateMemberId(), today()).good()) {
            throw new Refusal("governance.nomination.notInGoodStandingToAccept");
        }
        nomination.accept(statement, clock.instant());
        audit.record("governance.nomination.accepted", "election " + election.slug(), "nomination " + id);
    }

    @Transactional
    public void decline(String slug, Long id, HarambeeUser user) {
        Election election = office.existing(slug);
        Nomination nomination = answeredBy(election, id, user);
        election.requireBeforeVoting(clock.instant());
        nomination.decline(clock.instant());
        audit.record("governance.nomination.declined", "election " + election.slug(), "nomination " + id);
    }

    @Transactional
    public void second(String slug, Long id, Long memberId, HarambeeUser user) {
        Election election = office.existing(slug);
        Nomination nomination = nomination(election, id);
        if (nomination.status() != NominationStatus.ACCEPTED) {
            throw new UnknownGovernanceException(id);
        }
        election.requireBeforeVoting(clock.instant());
        if (nominators(user).stream().noneMatch(member -> member.id().equals(memberId))) {
            throw new Refusal("governance.nomination.notYourMember");
        }
        nomination.second(memberId);
        try {
            nominations.saveAndFlush(nomination);
        } catch (DataIntegrityViolationException secondedMeanwhile) {
            throw new Refusal("governance.nomination.secondedAlready");
        }
        audit.record("governance.nomination.seconded", "election " + election.slug(), "nomination " + id);
    }

    /**
     * Whether this reader may see the nomination: anyone once accepted; until then, and when declined, only those it
     * concerns (the candidate's and the nominator's people, election officers).
     */
    public boolean visibleTo(Nomination nomination, HarambeeUser reader) {
        return nomination.status() == NominationStatus.ACCEPTED || reader != null
                && (BodiesController.officer(reader) || members.answeredForBy(reader).stream().anyMatch(member ->
                        member.id().equals(nomination.candidateMemberId())
                                || member.id().equals(nomination.nominatorMemberId())));
    }

    /** The nomination, if this person may answer it (they answer for its candidate). */
    public boolean answers(Nomination nomination, HarambeeUser user) {
        return members.answeredForBy(user).stream().anyMatch(m -> m.id().equals(nomination.candidateMemberId()));
    }

    Nomination nomination(Election election, Long id) {
        return nominations.findById(id).filter(each -> each.electionId().equals(election.id()))
                .orElseThrow(() -> new UnknownGovernanceException(id));
    }

    private Nomination answeredBy(Election election, Long id, HarambeeUser user) {
        Nomination nomination = nomination(election, id);
        if (!answers(nomination, user)) {
            throw new UnknownGovernanceException(id);
        }
        return nomination;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), installation.timeZone());
    }
}
