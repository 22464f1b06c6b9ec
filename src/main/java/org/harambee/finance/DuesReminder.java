package org.harambee.finance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The reminders of an invoice still owed: 30 days before it is due, 7 days before, and once after; each once. An
 * invoice first seen inside the last week gets only the 7-day one; one first seen late only the overdue one.
 */
enum DuesReminder {
    THIRTY_DAYS, SEVEN_DAYS, OVERDUE;

    /** The reminder an invoice due on {@code due} is in the time of on {@code today}; null when none yet. */
    static DuesReminder dueOn(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < 0) {
            return OVERDUE;
        }
        return days <= 7 ? SEVEN_DAYS : days <= 30 ? THIRTY_DAYS : null;
    }
}
