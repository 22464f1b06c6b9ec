package org.harambee.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A posted entry as the journal shows it: whether dues posted it, its lines with their accounts named, its totals,
 * the entry it reverses and the one that reversed it (null when none).
 */
public record EntryView(Long id, LocalDate date, String description, Instant postedAt, boolean postedByDues,
        Long reverses, Long reversedBy, List<Line> lines, Money debits, Money credits) {

    /** A line with its account. */
    public record Line(AccountView account, Money debit, Money credit, String memo) {
    }
}
