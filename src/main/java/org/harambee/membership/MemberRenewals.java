package org.harambee.membership;

import java.time.Clock;
import java.time.LocalDate;
import org.harambee.identity.AuditLog;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renewal by dues: when a member's dues are settled through a day, its membership renews the day after (a lapsed one
 * is active again), by the membership's own rules, so that lapsing after the grace period follows the one lifecycle.
 */
@Service
@NamedInterface(name = "api", propagate = false)
public class MemberRenewals {

    private final Members members;
    private final AuditLog auditLog;
    private final Clock clock;

    MemberRenewals(Members members, AuditLog auditLog, Clock clock) {
        this.members = members;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The member's dues are settled through {@code through}; nothing changes when it renews later already. */
    @Transactional
    public void duesSettledThrough(Long memberId, LocalDate through) {
        members.findById(memberId).ifPresent(member -> member.duesSettledThrough(through, "treasury",
                clock.instant(), LocalDate.now(clock)).ifPresent(change -> auditLog.record(
                        "membership.status.renewed", member.displayName(), change.from() + " -> " + change.to())));
    }
}
