package org.harambee.finance;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** An entry as a treasurer means to post it; {@code row} is the line's place in the form, for its errors. */
record EntryDraft(LocalDate date, String description, Currency currency, List<Line> lines) {

    record Line(int row, Long accountId, Money debit, Money credit, String memo) {
    }
}
