package org.harambee.governance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MemberKind;
import org.harambee.membership.MemberRoll;
import org.harambee.membership.RollMember;
import org.harambee.site.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The floor of a general assembly: who is checked in, the proxies (a member that cannot come gives its vote to
 * another member organization's delegate; at most the assembly's number per holder, no chains), the quorum they
 * make, and whose votes a person casts now. A proxy counts only while its holder is checked in and its giver is not.
 */
@Service
@Transactional(readOnly = true)
public class Floor {

    /** A vote this person casts now: a member of theirs that is checked in, or one whose proxy it holds. */
    public record Seat(RollMember member, boolean proxy) {
    }

    private final AssemblyOffice office;
    private final Attendances attendances;
    private final Proxies proxies;
    private final VoterRoll roll;
    private final MemberRoll members;
    private final AuditLog audit;
    private final Clock clock;

    Floor(AssemblyOffice office, Attendances attendances, Proxies proxies, VoterRoll roll,
            MemberRoll members, AuditLog audit, Clock clock) {
        this.office = office;
        this.attendances = attendances;
        this.proxies = proxies;
        this.roll = roll;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /** The members checked in now. */
    public Set<Long> present(Assembly assembly) {
        return attendances.findByAssemblyId(assembly.id()).stream().filter(Attendance::present)
                .map(Attendance::memberId).collect(Collectors.toSet());
    }

    /** Who holds each member's proxy now (by the giver's id). */
    public Map<Long, Long> proxies(Assembly assembly) {
        Map<Long, Long> current = new HashMap<>();
        for (Proxy each : proxies.findByAssemblyIdOrderByRecordedAtAscIdAsc(assembly.id())) {
            if (each.holderId() == null) {
                current.remove(each.grantorId());
            } else {
                current.put(each.grantorId(), each.holderId());
            }
        }
        return current;
    }

    /** The quorum now: the roll, who is checked in, the proxies that count, and how many must be represented. */
    public Quorum quorum(Assembly assembly) {
        Set<Long> onRoll = roll.entries(assembly).stream().filter(VoterRoll.Entry::onRoll)
                .map(entry -> entry.member().id()).collect(Collectors.toSet());
        Set<Long> present = present(assembly);
        present.retainAll(onRoll);
        long counting = proxies(assembly).entrySet().stream().filter(proxy -> onRoll.contains(proxy.getKey())
                && !present.contains(proxy.getKey()) && present.contains(proxy.getValue())).count();
        return new Quorum(onRoll.size(), present.size(), (int) counting, assembly.quorumNeeded(onRoll.size()));
    }

    /**
     * Checks a member in or out: an election officer any member on the roll, a member's own people theirs (the one
     * that casts its vote), in session only.
     */
    @Transactional
    public void attend(String slug, Long memberId, boolean present, HarambeeUser user) {
        Assembly assembly = office.existing(slug);
        assembly.requireInSession();
        if (BodiesController.officer(user)) {
            if (memberId == null || !roll.onRoll(assembly, memberId)) {
                throw new Refusal("member", "governance.assembly.notOnRoll");
            }
        } else {
            roll.voterFor(assembly, user, memberId);
        }
        Attendance attendance = attendances.findById(new Attendance.Key(assembly.id(), memberId))
                .orElseGet(() -> new Attendance(assembly.id(), memberId));
        attendance.mark(present, user.accountId(), clock.instant());
        try {
            attendances.saveAndFlush(attendance);
        } catch (DataIntegrityViolationException checkedInMeanwhile) {
            throw new Refusal("governance.assembly.checkedInMeanwhile");
        }
        audit.record(present ? "governance.assembly.checkedIn" : "governance.assembly.checkedOut",
                "assembly " + slug, "member " + memberId);
    }

    /**
     * A member's own people give its proxy to another member organization on the roll (or withdraw it, with no
     * holder), until the assembly closes. Refused when the assembly takes no proxies, when the holder gave its own
     * away or the giver holds others' (no chains), and when the holder already holds as many as the assembly allows.
     */
    @Transactional
    public void delegate(String slug, Long grantorId, Long holderId, HarambeeUser user) {
        Assembly assembly = office.locked(slug);
        assembly.requireNotClosed();
        try {
            roll.voterFor(assembly, user, grantorId);
        } catch (Refusal notTheirs) {
            throw new Refusal("grantor", notTheirs.key());
        }
        Map<Long, Long> current = proxies(assembly);
        if (holderId == null) {
            if (!current.containsKey(grantorId)) {
                throw new Refusal("holder", "governance.proxy.none");
            }
        } else {
            refuseHolder(assembly, current, grantorId, holderId);
        }
        proxies.saveAndFlush(new Proxy(assembly.id(), grantorId, holderId, user.accountId(), clock.instant()));
        audit.record(holderId == null ? "governance.proxy.withdrawn" : "governance.proxy.given", "assembly " + slug,
                "member " + grantorId + (holderId == null ? "" : " to member " + holderId));
    }

    private void refuseHolder(Assembly assembly, Map<Long, Long> current, Long grantorId, Long holderId) {
        if (assembly.maxProxies() == 0) {
            throw new Refusal("holder", "governance.proxy.notTaken");
        }
        if (holderId.equals(grantorId)) {
            throw new Refusal("holder", "governance.proxy.self");
        }
        boolean organization = members.member(holderId).filter(each -> each.kind() == MemberKind.ORGANIZATION)
                .isPresent();
        if (!organization || !roll.onRoll(assembly, holderId)) {
            throw new Refusal("holder", "governance.proxy.unknownHolder");
        }
        if (current.containsKey(holderId)) {
            throw new Refusal("holder", "governance.proxy.holderGaveItsOwn");
        }
        if (current.containsValue(grantorId)) {
            throw new Refusal("holder", "governance.proxy.giverHolds");
        }
        long held = current.entrySet().stream()
                .filter(each -> each.getValue().equals(holderId) && !each.getKey().equals(grantorId)).count();
        if (held >= assembly.maxProxies()) {
            throw new Refusal("holder", "governance.proxy.tooMany", assembly.maxProxies());
        }
    }

    /** The organizations on the roll that may hold a proxy (individual members are never listed to others). */
    public List<RollMember> holders(Assembly assembly) {
        return roll.entries(assembly).stream().filter(VoterRoll.Entry::onRoll).map(VoterRoll.Entry::member)
                .filter(member -> member.kind() == MemberKind.ORGANIZATION).toList();
    }

    /**
     * The votes this person casts now: each member of theirs that is on the roll, checked in and theirs to cast,
     * and each member whose proxy such a member holds while its giver is not checked in.
     */
    public List<Seat> seats(Assembly assembly, HarambeeUser user) {
        Set<Long> present = present(assembly);
        Map<Long, Long> current = proxies(assembly);
        List<Seat> seats = new ArrayList<>();
        for (VoterRoll.Entry entry : roll.mine(assembly, user)) {
            Long id = entry.member().id();
            if (entry.onRoll() && present.contains(id) && roll.casts(user, id)) {
                seats.add(new Seat(entry.member(), false));
                current.forEach((grantor, holder) -> {
                    if (holder.equals(id) && !present.contains(grantor) && roll.onRoll(assembly, grantor)) {
                        members.member(grantor).ifPresent(given -> seats.add(new Seat(given, true)));
                    }
                });
            }
        }
        return seats;
    }

    /** Every delegation and withdrawal, oldest first, with the members' names (for election officers). */
    public List<Proxy> delegations(Assembly assembly) {
        return proxies.findByAssemblyIdOrderByRecordedAtAscIdAsc(assembly.id());
    }
}
