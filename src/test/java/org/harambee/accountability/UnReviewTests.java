package org.harambee.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A review's own rules: its dates, its texts, and the two reminders of its deadline, each once. */
class UnReviewTests {

    private static final LocalDate START = LocalDate.of(2026, 10, 5);
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private static ReviewPlan plan(LocalDate startsOn, LocalDate endsOn, LocalDate deadline) {
        return new ReviewPlan(ReviewMechanism.CEDAW, "94th session", startsOn, endsOn, deadline, null, null);
    }

    private static UnReview review(ReviewPlan plan) {
        return new UnReview(plan, UUID.randomUUID(), NOW);
    }

    private static void refused(ReviewPlan plan, String field, String key) {
        assertThatThrownBy(() -> review(plan)).isInstanceOfSatisfying(InvalidReviewException.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.key()).isEqualTo(key);
        });
    }

    @Test
    void aReviewKeepsItsPlanWithItsTextsTrimmed() {
        UnReview review = review(new ReviewPlan(ReviewMechanism.UPR, "  UPR Working Group, 50th session ", START,
                START.plusDays(11), START.minusDays(60), 7L, "   "));

        assertThat(review.mechanism()).isEqualTo(ReviewMechanism.UPR);
        assertThat(review.session()).isEqualTo("UPR Working Group, 50th session");
        assertThat(review.startsOn()).isEqualTo(START);
        assertThat(review.endsOn()).isEqualTo(START.plusDays(11));
        assertThat(review.submissionDeadline()).isEqualTo(START.minusDays(60));
        assertThat(review.groupId()).isEqualTo(7L);
        assertThat(review.note()).isNull();
        assertThat(review.createdAt()).isEqualTo(NOW);
    }

    @Test
    void theSessionEndsNoEarlierThanItStartsAndSitsAtMostNinetyTwoDays() {
        assertThat(review(plan(START, START, null)).endsOn()).isEqualTo(START);
        assertThat(review(plan(START, START.plusDays(UnReview.MAX_DAYS - 1), null)).endsOn())
                .isEqualTo(START.plusDays(UnReview.MAX_DAYS - 1));
        refused(plan(START, START.minusDays(1), null), "endsOn", "reviews.refused.endsBeforeStart");
        refused(plan(START, START.plusDays(UnReview.MAX_DAYS), null), "endsOn", "reviews.refused.tooLong");
        refused(plan(null, START, null), "startsOn", "reviews.refused.startNeeded");
        refused(plan(START, null, null), "endsOn", "reviews.refused.endNeeded");
    }

    @Test
    void theDeadlineForSubmissionsFallsNoLaterThanTheFirstDay() {
        assertThat(review(plan(START, START.plusDays(3), START)).submissionDeadline()).isEqualTo(START);
        assertThat(review(plan(START, START.plusDays(3), null)).submissionDeadline()).isNull();
        refused(plan(START, START.plusDays(3), START.plusDays(1)), "submissionDeadline",
                "reviews.refused.deadlineAfterStart");
    }

    @Test
    void theMechanismAndTheSessionAreNeededAndTextsHaveTheirLimits() {
        refused(new ReviewPlan(null, "1st", START, START, null, null, null), "mechanism",
                "reviews.refused.mechanismNeeded");
        refused(new ReviewPlan(ReviewMechanism.CAT, " ", START, START, null, null, null), "session",
                "reviews.refused.sessionNeeded");
        refused(new ReviewPlan(ReviewMechanism.CAT, "s".repeat(ReviewPlan.SESSION_MAX + 1), START, START, null, null,
                null), "session", "reviews.refused.sessionTooLong");
        refused(new ReviewPlan(ReviewMechanism.CAT, "1st", START, START, null, null,
                "n".repeat(ReviewPlan.NOTE_MAX + 1)), "note", "reviews.refused.noteTooLong");
        assertThat(review(new ReviewPlan(ReviewMechanism.CAT, "s".repeat(ReviewPlan.SESSION_MAX), START, START, null,
                null, "n".repeat(ReviewPlan.NOTE_MAX))).note()).hasSize(ReviewPlan.NOTE_MAX);
    }

    @Test
    void aRefusedChangeLeavesTheReviewAsItWas() {
        UnReview review = review(plan(START, START.plusDays(3), START.minusDays(30)));

        assertThatThrownBy(() -> review.change(new ReviewPlan(ReviewMechanism.CRC, "Changed", START,
                START.minusDays(2), null, 3L, "Note"))).isInstanceOf(InvalidReviewException.class);

        assertThat(review.mechanism()).isEqualTo(ReviewMechanism.CEDAW);
        assertThat(review.session()).isEqualTo("94th session");
        assertThat(review.endsOn()).isEqualTo(START.plusDays(3));
        assertThat(review.submissionDeadline()).isEqualTo(START.minusDays(30));
        assertThat(review.groupId()).isNull();
    }

    @Test
    void remindersGoOutThirtyAndSevenDaysBeforeTheDeadlineEachOnce() {
        LocalDate deadline = START.minusDays(10);
        UnReview review = review(plan(START, START.plusDays(3), deadline));

        assertThat(dueFrom(review, deadline.minusDays(45), deadline.plusDays(5)))
                .containsExactly(deadline.minusDays(30) + " 30", deadline.minusDays(7) + " 7");
        assertThat(review.daysToDeadline(deadline.minusDays(7))).isEqualTo(7);
        assertThat(review.daysToDeadline(deadline.plusDays(1))).isEqualTo(-1);
    }

    @Test
    void aMissedDaySendsTheReminderOnTheNextRunAndOnlyTheLatestDue() {
        LocalDate deadline = START.minusDays(10);
        UnReview enteredLate = review(plan(START, START.plusDays(3), deadline));
        assertThat(dueFrom(enteredLate, deadline.minusDays(20), deadline.minusDays(10)))
                .containsExactly(deadline.minusDays(20) + " 30");
        assertThat(dueFrom(enteredLate, deadline.minusDays(5), deadline.plusDays(1)))
                .containsExactly(deadline.minusDays(5) + " 7");

        UnReview enteredLater = review(plan(START, START.plusDays(3), deadline));
        assertThat(dueFrom(enteredLater, deadline.minusDays(3), deadline.plusDays(3)))
                .containsExactly(deadline.minusDays(3) + " 7");
    }

    @Test
    void aReviewWithoutDeadlineRemindsNobodyAndANewDeadlineRemindsAgain() {
        UnReview review = review(plan(START, START.plusDays(3), null));
        assertThat(dueFrom(review, START.minusDays(40), START)).isEmpty();
        assertThat(review.daysToDeadline(START)).isNull();

        LocalDate deadline = START.minusDays(10);
        review.change(plan(START, START.plusDays(3), deadline));
        assertThat(dueFrom(review, deadline.minusDays(8), deadline.minusDays(8))).containsExactly(
                deadline.minusDays(8) + " 30");
        review.change(plan(START, START.plusDays(4), deadline));
        assertThat(dueFrom(review, deadline.minusDays(8), deadline.minusDays(8))).isEmpty();

        LocalDate extended = deadline.plusDays(5);
        review.change(plan(START, START.plusDays(4), extended));
        assertThat(dueFrom(review, deadline.minusDays(7), deadline.minusDays(7))).containsExactly(
                deadline.minusDays(7) + " 30");
    }

    /** The daily check, run twice a day from {@code first} to {@code last}: "day threshold" per reminder sent. */
    private static List<String> dueFrom(UnReview review, LocalDate first, LocalDate last) {
        List<String> due = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (int run = 0; run < 2; run++) {
                OptionalInt reminder = review.remindIfDue(day, NOW);
                if (reminder.isPresent()) {
                    due.add(day + " " + reminder.getAsInt());
                }
            }
        }
        return due;
    }
}
