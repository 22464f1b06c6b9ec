package org.harambee.finance;

import java.util.Currency;
import java.util.List;
import org.harambee.membership.RollMember;

/** A member with what it owes, its credit and its standing today, for the treasurers' list. */
public record MemberBalance(RollMember member, Money owed, Money credit, StandingReason standing) {

    public boolean good() {
        return standing == StandingReason.GOOD;
    }

    /** How many members stand how, and what all of them owe. */
    public record Totals(int members, long good, long overdue, Money owed, Money credit) {

        static Totals of(List<MemberBalance> balances, Currency currency) {
            return new Totals(balances.size(), balances.stream().filter(MemberBalance::good).count(),
                    balances.stream().filter(balance -> balance.standing() == StandingReason.DUES_OVERDUE).count(),
                    balances.stream().map(MemberBalance::owed).reduce(Money.zero(currency), Money::plus),
                    balances.stream().map(MemberBalance::credit).reduce(Money.zero(currency), Money::plus));
        }
    }
}
