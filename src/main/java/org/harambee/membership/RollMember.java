package org.harambee.membership;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/**
 * A member as the network's dues and votes know it: who (organization or individual), its status, the day it became
 * a member (null for an applicant), the budget band its profile declares (organizations only; null when not given),
 * the language it reads, and where the network writes to it (the primary contact's or the individual's e-mail and
 * name).
 */
@NamedInterface(name = "api", propagate = false)
public record RollMember(Long id, MemberKind kind, String name, MembershipStatus status, LocalDate memberSince,
        BudgetBand budget, String language, String email, String contactName) {

    static RollMember of(Member member) {
        return new RollMember(member.id(), member.kind(), member.displayName(), member.status(),
                member.memberSince(), member instanceof Organization organization ? organization.budget() : null,
                member.language(), member.contactEmail(), member.contactName());
    }
}
