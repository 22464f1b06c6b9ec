package org.harambee.membership;

import java.time.LocalDate;

/** An individual member in the staff's list: name, place, standing and renewal date. */
public record MemberListing(Long id, String name, String city, String stateCode, MembershipStatus status,
        LocalDate renewalDate) {

    static MemberListing of(IndividualMember member) {
        return new MemberListing(member.id(), member.name(), member.city(), member.stateCode(), member.status(),
                member.renewalDate());
    }
}
