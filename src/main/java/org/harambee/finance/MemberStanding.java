package org.harambee.finance;

import java.time.LocalDate;
import org.harambee.membership.MembershipStatus;
import org.springframework.modulith.NamedInterface;

/**
 * Whether a member was in good standing on a day, and why: its membership status that day (null when it was not a
 * member yet) and the reason. It never says whether dues were paid or waived, nor how much.
 */
@NamedInterface(name = "api", propagate = false)
public record MemberStanding(Long memberId, LocalDate day, MembershipStatus status, StandingReason reason) {

    public boolean good() {
        return reason == StandingReason.GOOD;
    }
}
