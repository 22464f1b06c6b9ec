package org.harambee.finance;

import org.harambee.membership.RollMember;

/** A member with what it owes, its credit and its standing today, for the treasurers' list. */
public record MemberBalance(RollMember member, Money owed, Money credit, StandingReason standing) {

    public boolean good() {
        return standing == StandingReason.GOOD;
    }
}
