package org.harambee.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MemberKind;
import org.harambee.membership.MemberRoll;
import org.harambee.membership.RollMember;
import org.harambee.site.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resolutions of a general assembly: members on its roll submit them before the deadline and second others';
 * election officers record amendments until a resolution's vote opens, then open its vote (seconded enough, quorum
 * present) and close it. Votes are cast in session, for the members checked in and the proxies their delegates hold;
 * who voted is kept apart from the totals, so no row says how a member voted, and nobody votes twice.
 */
@Service
@Transactional(readOnly = true)
public class Agenda {

    /** Adds a vote to a total only while the vote is open (a close that came first wins). */
    private static final String OPEN = " where id = ? and voting_opened_at is not null and voting_closed_at is null";

    private final AssemblyOffice office;
    private final Resolutions resolutions;
    private final Amendments amendments;
    private final Floor floor;
    private final VoterRoll roll;
    private final MemberRoll members;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Agenda(AssemblyOffice office, Resolutions resolutions, Amendments amendments, Floor floor, VoterRoll roll,
            MemberRoll members, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.office = office;
        this.resolutions = resolutions;
        this.amendments = amendments;
        this.floor = floor;
        this.roll = roll;
        this.members = members;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The assembly's resolutions, in the order they were submitted. */
    public List<Resolution> resolutions(Assembly assembly) {
        return resolutions.findByAssemblyIdOrderByNumber(assembly.id());
    }

    Resolution existing(Assembly assembly, Long id) {
        return resolutions.findByIdAndAssemblyId(id, assembly.id())
                .orElseThrow(() -> new UnknownGovernanceException(id));
    }

    /** The resolution read under its lock (its totals as the votes committed before left them). */
    private Resolution locked(Assembly assembly, Long id) {
        return resolutions.lockById(id).filter(found -> found.assemblyId().equals(assembly.id()))
                .orElseThrow(() -> new UnknownGovernanceException(id));
    }

    public List<Amendment> amendments(Resolution resolution) {
        return amendments.findByResolutionIdOrderByNumber(resolution.id());
    }

    /**
     * Who put the resolution: an organization by its name; an individual member by name to election officers only
     * (individual members are never named to other members), otherwise empty.
     */
    public String mover(Resolution resolution, boolean officer) {
        return members.member(resolution.memberId())
                .filter(member -> officer || member.kind() == MemberKind.ORGANIZATION).map(RollMember::name)
                .orElse("");
    }

    /** The members that seconded the resolution. */
    public Set<Long> seconds(Resolution resolution) {
        return new HashSet<>(jdbc.queryForList("select member_id from resolution_second where resolution_id = ?",
                Long.class, resolution.id()));
    }

    /** Which of these members have voted on the resolution. */
    public Set<Long> voted(Resolution resolution, Collection<Long> memberIds) {
        Set<Long> voted = new HashSet<>(jdbc.queryForList(
                "select member_id from assembly_vote_register where resolution_id = ?", Long.class, resolution.id()));
        voted.retainAll(memberIds);
        return voted;
    }

    /** A member on the roll puts a resolution, before the deadline. */
    @Transactional
    public Resolution submit(String slug, ResolutionForm form, HarambeeUser user) {
        Assembly assembly = office.existing(slug);
        if (!assembly.takesResolutions(clock.instant())) {
            throw new Refusal("governance.resolution.deadlinePassed");
        }
        try {
            roll.voterFor(assembly, user, form.getMember());
        } catch (Refusal notTheirs) {
            throw new Refusal("member", notTheirs.key());
        }
        Resolution resolution = new Resolution(assembly, resolutions.lastNumber(assembly.id()) + 1, form,
                form.getMember(), user.accountId(), clock.instant());
        try {
            resolutions.saveAndFlush(resolution);
        } catch (DataIntegrityViolationException numberedMeanwhile) {
            throw new Refusal("governance.resolution.submittedMeanwhile");
        }
        audit.record("governance.resolution.submitted", "assembly " + slug, "resolution " + resolution.number());
        return resolution;
    }

    /** Another member on the roll seconds it, once, until its vote opens. */
    @Transactional
    public void second(String slug, Long id, Long memberId, HarambeeUser user) {
        Assembly assembly = office.existing(slug);
        Resolution resolution = existing(assembly, id);
        assembly.requireNotClosed();
        resolution.requireBeforeVote();
        roll.voterFor(assembly, user, memberId);
        if (resolution.memberId().equals(memberId)) {
            throw new Refusal("governance.resolution.ownSecond");
        }
        try {
            jdbc.update("insert into resolution_second (resolution_id, member_id, seconded_by, seconded_at)"
                    + " values (?, ?, ?, ?)", resolution.id(), memberId, user.accountId(),
                    Timestamp.from(clock.instant()));
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException secondedAlready) {
            throw new Refusal("governance.resolution.secondedAlready");
        }
        audit.record("governance.resolution.seconded", "assembly " + slug, "resolution " + resolution.number());
    }

    /** An election officer records an amendment and its outcome, until the resolution's vote opens. */
    @Transactional
    public void amend(String slug, Long id, AmendmentForm form, UUID by) {
        Assembly assembly = office.existing(slug);
        Resolution resolution = existing(assembly, id);
        assembly.requireNotClosed();
        Amendment amendment = new Amendment(resolution, amendments(resolution).size() + 1, form, by,
                clock.instant());
        resolution.amend(amendment);
        try {
            amendments.saveAndFlush(amendment);
        } catch (DataIntegrityViolationException recordedMeanwhile) {
            throw new Refusal("governance.amendment.recordedMeanwhile");
        }
        audit.record("governance.amendment.recorded", "assembly " + slug, "resolution " + resolution.number());
    }

    /** An election officer opens the vote on a resolution, in session, with a quorum present. */
    @Transactional
    public void openVote(String slug, Long id, Threshold threshold) {
        Assembly assembly = office.locked(slug);
        assembly.requireInSession();
        Resolution resolution = locked(assembly, id);
        resolution.openVote(threshold, seconds(resolution).size(), assembly.seconders(), floor.quorum(assembly),
                clock.instant());
        audit.record("governance.resolution.voteOpened", "assembly " + slug, "resolution " + resolution.number());
    }

    /** An election officer closes the vote on a resolution, and the threshold decides it. */
    @Transactional
    public void closeVote(String slug, Long id) {
        Assembly assembly = office.existing(slug);
        Resolution resolution = locked(assembly, id);
        resolution.closeVote(clock.instant());
        audit.record("governance.resolution.voteClosed", "assembly " + slug, "resolution " + resolution.number());
    }

    /**
     * Casts a member's vote on a resolution: in session, while its vote is open, for a member whose vote this person
     * casts now (see {@link Floor#seats}), once.
     */
    @Transactional
    public void vote(String slug, Long id, Long memberId, String answer, HarambeeUser user) {
        Assembly assembly = office.existing(slug);
        assembly.requireInSession();
        Resolution resolution = existing(assembly, id);
        if (resolution.status() != ResolutionStatus.VOTING) {
            throw new Refusal("governance.resolution.notVoting");
        }
        String counted = Marking.answered(answer);
        if (floor.seats(assembly, user).stream().noneMatch(seat -> seat.member().id().equals(memberId))) {
            throw new Refusal("governance.assembly.notYourVote");
        }
        count(resolution, memberId, counted);
    }

    /**
     * Marks the member as having voted on the resolution and adds its answer to the totals, apart: refused when it
     * has voted already, or once the vote has closed.
     */
    void count(Resolution resolution, Long memberId, String answer) {
        String counting = switch (answer) {
            case "YES" -> "update resolution set yes_votes = yes_votes + 1" + OPEN;
            case "NO" -> "update resolution set no_votes = no_votes + 1" + OPEN;
            default -> "update resolution set abstentions = abstentions + 1" + OPEN;
        };
        try {
            jdbc.update("insert into assembly_vote_register (resolution_id, member_id) values (?, ?)",
                    resolution.id(), memberId);
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException votedAlready) {
            throw new Refusal("governance.ballot.votedAlready");
        }
        if (jdbc.update(counting, resolution.id()) == 0) {
            throw new Refusal("governance.resolution.notVoting");
        }
    }
}
