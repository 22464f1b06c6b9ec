package org.harambee.accountability;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A review as the calendar's pages, feed and dashboard show it (and its version, for correcting it). */
public record ReviewView(Long id, long version, ReviewMechanism mechanism, String session, LocalDate startsOn,
        LocalDate endsOn, LocalDate submissionDeadline, Long groupId, String note) {

    static ReviewView of(UnReview review) {
        return new ReviewView(review.id(), review.version(), review.mechanism(), review.session(), review.startsOn(),
                review.endsOn(), review.submissionDeadline(), review.groupId(), review.note());
    }

    /** The days from {@code today} to the submission deadline (negative once it passed); null without a deadline. */
    public Long daysToDeadline(LocalDate today) {
        return submissionDeadline == null ? null : ChronoUnit.DAYS.between(today, submissionDeadline);
    }
}
