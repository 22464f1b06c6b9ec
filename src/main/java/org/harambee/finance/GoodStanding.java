package org.harambee.finance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harambee.membership.MemberRoll;
import org.harambee.membership.MembershipStatus;
import org.harambee.site.Installation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether members are in good standing on a day: the one question other capabilities ask about dues (the voter roll
 * of an election is taken from it at its record date). A member is in good standing on a day when its membership was
 * active at the end of that day and none of its dues invoices was still owed that day more than the grace period
 * ({@code harambee.membership.grace-days}, the one after which an unrenewed membership lapses) after it fell due. A
 * waived year and a paid one read the same. Until the network invoices dues, standing is the membership status alone.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class GoodStanding {

    private final Dues dues;
    private final MemberRoll roll;
    private final ZoneId zone;
    private final int graceDays;

    GoodStanding(Dues dues, MemberRoll roll, Installation installation,
            @Value("${harambee.membership.grace-days}") int graceDays) {
        this.dues = dues;
        this.roll = roll;
        this.zone = installation.timeZone();
        this.graceDays = graceDays;
    }

    /** The member's standing on {@code day} (in the network's time zone). */
    public MemberStanding of(Long memberId, LocalDate day) {
        return of(List.of(memberId), day).get(memberId);
    }

    /** The standing of each of these members on {@code day} (in the network's time zone). */
    public Map<Long, MemberStanding> of(Collection<Long> memberIds, LocalDate day) {
        Map<Long, MembershipStatus> statuses = roll.statusAt(memberIds, day.plusDays(1).atStartOfDay(zone)
                .toInstant());
        Map<Long, DuesAccount> accounts = dues.accounts(memberIds);
        Map<Long, MemberStanding> standings = new HashMap<>();
        for (Long id : memberIds) {
            MembershipStatus status = statuses.get(id);
            standings.put(id, new MemberStanding(id, day, status, accounts.get(id).standing(status, day, graceDays)));
        }
        return standings;
    }
}
