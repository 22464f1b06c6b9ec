package org.harambee.finance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The reminders of an invoice still owed: 30 days before it is due, 7 days before, and once after; each once. An
 * invoice first seen inside the last week gets only the 7-day one; one first seen late only the overdue one; none
 * falls in the week after the invoice's own letter but the overdue one.
 */
enum DuesReminder {
    THIRTY_DAYS, SEVEN_DAYS, OVERDUE;

    /** The days after an invoice is issued in which no reminder that it falls due is sent. */
    static final int QUIET_DAYS = 7;

    /** The reminder an invoice due on {@code due} is in the time of on {@code today}; null when none yet. */
    static DuesReminder dueOn(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < 0) {
            return OVERDUE;
        }
        return days <= 7 ? SEVEN_DAYS : days <= 30 ? THIRTY_DAYS : null;
    }

    /**
     * Whether this reminder of an invoice issued on {@code issued} and due on {@code due} is sent at all: one whose
     * day (30 or 7 days before the due day) comes within the week after the invoice's own letter is not, since that
     * letter said the same a few days earlier; the overdue one always is.
     */
    boolean sentFor(LocalDate issued, LocalDate due) {
        return switch (this) {
            case THIRTY_DAYS -> !due.minusDays(30).isBefore(issued.plusDays(QUIET_DAYS));
            case SEVEN_DAYS -> !due.minusDays(7).isBefore(issued.plusDays(QUIET_DAYS));
            case OVERDUE -> true;
        };
    }

}
