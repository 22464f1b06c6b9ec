package org.harambee.finance;

import java.time.LocalDate;

/** The days a report covers, both included. */
record ReportPeriod(LocalDate from, LocalDate to) {

    /** The days asked for, within the days entries may have: to today and from New Year's Day unless given. */
    static ReportPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = JournalEntry.within(to == null ? today : to);
        LocalDate start = from == null || from.isAfter(end) ? end.withDayOfYear(1) : JournalEntry.within(from);
        return new ReportPeriod(start, end);
    }
}
