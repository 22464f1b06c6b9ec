package org.harambee.membership;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/**
 * The standing a member is recorded with when it is registered directly (an import, or a network moving
 * to Harambee): its status, whether it is a founding member, when it joined and when it renews. Every member
 * but an applicant needs the date it joined; without a renewal date it renews on the next anniversary of
 * joining. An applicant's dates are ignored: it waits in the staff's review queue.
 */
@NamedInterface(name = "api", propagate = false)
public record Standing(MembershipStatus status, boolean foundingMember, LocalDate memberSince, LocalDate renewalDate) {

    public Standing {
        if (status == null) {
            throw new IllegalArgumentException("A status is required");
        }
    }
}
