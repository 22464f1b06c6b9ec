package org.harambee.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.finance.GoodStanding;
import org.harambee.finance.MemberStanding;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
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
 * The voter roll of an election or a general assembly: every member of the kinds that vote in it (organizations,
 * individuals, or both) in good standing at its record date, by the dues capability's one rule, and (in an election)
 * an election officer's corrections, each with its reason. Before the record date the roll is read as of today, and says so. One vote per member: an
 * organization's is cast by its voting representative (any of its representatives until one is chosen).
 */
@Service
@Transactional(readOnly = true)
public class VoterRoll {

    /** A member's place on the roll: on it or not, why (a message key), and the officer's reason when corrected. */
    public record Entry(RollMember member, boolean onRoll, String why, String correction) {
    }

    private final MemberRoll members;
    private final GoodStanding standing;
    private final RollCorrections corrections;
    private final VotingRepresentatives votingRepresentatives;
    private final AuditLog audit;
    private final Installation installation;
    private final Clock clock;

    VoterRoll(MemberRoll members, GoodStanding standing, RollCorrections corrections,
            VotingRepresentatives votingRepresentatives, AuditLog audit, Installation installation, Clock clock) {
        this.members = members;
        this.standing = standing;
        this.corrections = corrections;
        this.votingRepresentatives = votingRepresentatives;
        this.audit = audit;
        this.installation = installation;
        this.clock = clock;
    }

    /** The day the roll is read at: the record date, or today while it is still to come. */
    public LocalDate readOn(Franchise franchise) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), installation.timeZone());
        return franchise.recordDate().isAfter(today) ? today : franchise.recordDate();
    }

    /** Every member of the kinds that vote, on the roll or not, by name. */
    public List<Entry> entries(Franchise franchise) {
        List<RollMember> voting = members.admitted().stream().filter(member -> votes(franchise, member.kind()))
                .toList();
        return entries(franchise, voting);
    }

    /** These members' places on the roll (members of a kind that does not vote are off it, and say so). */
    public List<Entry> entries(Franchise franchise, Collection<RollMember> asked) {
        if (asked.isEmpty()) {
            return List.of();
        }
        Map<Long, MemberStanding> standings = standing.of(asked.stream().map(RollMember::id).toList(),
                readOn(franchise));
        List<RollCorrection> made = franchise instanceof Election election ? corrections.findByElectionId(election.id())
                : List.of();
        Map<Long, RollCorrection> corrected = made.stream()
                .collect(Collectors.toMap(RollCorrection::memberId, Function.identity()));
        List<Entry> entries = new ArrayList<>(asked.size());
        for (RollMember member : asked) {
            RollCorrection correction = corrected.get(member.id());
            if (correction != null) {
                entries.add(new Entry(member, correction.onRoll(), correction.onRoll() ? "governance.roll.addedBy"
                        : "governance.roll.removedBy", correction.reason()));
            } else if (!votes(franchise, member.kind())) {
                entries.add(new Entry(member, false, "governance.roll.kindDoesNotVote." + member.kind(), null));
            } else {
                MemberStanding found = standings.get(member.id());
                entries.add(new Entry(member, found.good(), "finance.standing." + found.reason(), null));
            }
        }
        return entries;
    }

    /** Whether the member is on the roll. */
    public boolean onRoll(Franchise franchise, Long memberId) {
        return members.member(memberId).map(member -> entries(franchise, List.of(member)).get(0).onRoll())
                .orElse(false);
    }

    /** The members this person answers for, each with its place on the roll. */
    public List<Entry> mine(Franchise franchise, HarambeeUser user) {
        return entries(franchise, members.answeredForBy(user));
    }

    /**
     * The member whose vote this person may cast: one they answer for, on the roll, and (for an organization that
     * chose one) its voting representative. Refused otherwise.
     */
    public RollMember voterFor(Franchise franchise, HarambeeUser user, Long memberId) {
        RollMember member = members.answeredForBy(user).stream().filter(each -> each.id().equals(memberId))
                .findFirst().orElseThrow(() -> new Refusal("governance.ballot.notYours"));
        if (!onRoll(franchise, memberId)) {
            throw new Refusal("governance.ballot.notOnRoll");
        }
        if (member.kind() == MemberKind.ORGANIZATION && votingRepresentative(memberId)
                .filter(chosen -> !chosen.equals(user.accountId())).isPresent()) {
            throw new Refusal("governance.ballot.notVotingRepresentative");
        }
        return member;
    }

    /** Whether this person casts the member's vote: any member's but an organization's that chose someone else. */
    public boolean casts(HarambeeUser user, Long memberId) {
        return votingRepresentative(memberId).map(chosen -> chosen.equals(user.accountId())).orElse(true);
    }

    /**
     * The account chosen to cast an organization's vote, if one was chosen and is still one of its representatives
     * (otherwise any of them may cast it, and choose again).
     */
    public Optional<UUID> votingRepresentative(Long organizationId) {
        return votingRepresentatives.findById(organizationId).map(VotingRepresentative::accountId)
                .filter(chosen -> members.representatives(organizationId).stream()
                        .anyMatch(each -> each.accountId().equals(chosen)));
    }

    /** One of an organization's representatives chooses which of them casts its vote. */
    @Transactional
    public void chooseVotingRepresentative(HarambeeUser user, Long organizationId, UUID accountId) {
        RollMember organization = members.answeredForBy(user).stream()
                .filter(each -> each.id().equals(organizationId) && each.kind() == MemberKind.ORGANIZATION)
                .findFirst().orElseThrow(() -> new Refusal("member", "governance.ballot.notYours"));
        if (members.representatives(organization.id()).stream().noneMatch(each -> each.accountId().equals(accountId))) {
            throw new Refusal("account", "governance.representative.unknown");
        }
        VotingRepresentative chosen = votingRepresentatives.findById(organization.id()).orElse(null);
        if (chosen == null) {
            chosen = new VotingRepresentative(organization.id(), accountId, user.accountId(), clock.instant());
        } else {
            chosen.choose(accountId, user.accountId(), clock.instant());
        }
        try {
            votingRepresentatives.saveAndFlush(chosen);
        } catch (DataIntegrityViolationException chosenMeanwhile) {
            throw new Refusal("governance.representative.chosenMeanwhile");
        }
        audit.record("governance.representative.chosen", "member " + organization.id(), "account " + accountId);
    }

    /**
     * An election officer puts a member on the roll or takes it off, with a reason, until voting opens. The audit log
     * says who corrected which member when; the reason (which may tell of a member's money or hardship) stays with
     * the roll, for election officers and the member's own people.
     */
    @Transactional
    public void correct(Election election, CorrectionForm form, UUID by) {
        election.requireBeforeVoting(clock.instant());
        RollMember member = members.member(form.getMember())
                .filter(each -> each.status() != null && each.status() != MembershipStatus.APPLICANT)
                .orElseThrow(() -> new Refusal("member", "governance.term.unknownMember"));
        if (!votes(election, member.kind())) {
            throw new Refusal("member", "governance.roll.kindDoesNotVote." + member.kind());
        }
        RollCorrection correction = corrections.findById(new RollCorrection.Key(election.id(), member.id()))
                .orElse(null);
        if (correction == null) {
            correction = new RollCorrection(election.id(), member.id(), form.getOnRoll(), form.getReason(), by,
                    clock.instant());
        } else {
            correction.revise(form.getOnRoll(), form.getReason(), by, clock.instant());
        }
        try {
            corrections.saveAndFlush(correction);
        } catch (DataIntegrityViolationException correctedMeanwhile) {
            throw new Refusal("governance.roll.correctedMeanwhile");
        }
        audit.record(form.getOnRoll() ? "governance.roll.added" : "governance.roll.removed",
                "election " + election.slug(), "member " + member.id());
    }

    private static boolean votes(Franchise franchise, MemberKind kind) {
        return kind == MemberKind.ORGANIZATION ? franchise.organizationsVote() : franchise.individualsVote();
    }
}
