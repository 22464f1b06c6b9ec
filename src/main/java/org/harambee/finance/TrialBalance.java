package org.harambee.finance;

import java.time.LocalDate;
import java.util.List;

/**
 * The trial balance of a period: for each account with entries in it, its debits, its credits and its balance on
 * its normal side; the totals of debits and of credits, which double entry keeps equal.
 */
public record TrialBalance(LocalDate from, LocalDate to, List<Row> rows, Money debits, Money credits) {

    /** One account's totals; {@code balance} is positive on the account's normal side. */
    public record Row(AccountView account, Money debits, Money credits, Money balance) {
    }

    /** Whether the debits equal the credits, as they must. */
    public boolean balanced() {
        return debits.equals(credits);
    }
}
