package org.harambee.accountability;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A reminder of a review's submission deadline that went out, so many days before it. */
@Embeddable
class ReviewReminder {

    private int daysBefore;
    private Instant sentAt;

    protected ReviewReminder() {
    }

    ReviewReminder(int daysBefore, Instant sentAt) {
        this.daysBefore = daysBefore;
        this.sentAt = sentAt;
    }

    int daysBefore() {
        return daysBefore;
    }

    Instant sentAt() {
        return sentAt;
    }

    /** One reminder per number of days before the deadline, whenever it went out. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ReviewReminder reminder && reminder.daysBefore == daysBefore;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(daysBefore);
    }
}
