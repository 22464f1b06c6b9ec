package org.harambee.accountability;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * A review coming before a UN mechanism (the Universal Periodic Review or a treaty body): its session, the days it
 * sits, the deadline for civil society submissions, and the working group coordinating the shadow report, if one
 * does. It guards its own dates and sends each reminder of its deadline once: {@value #FIRST_REMINDER} and
 * {@value #LAST_REMINDER} days before it.
 */
@Entity
@Table(name = "un_review")
class UnReview {

    /** The longest a session sits; a longer span is a mistyped date. */
    public static final int MAX_DAYS = 92;
    static final int FIRST_REMINDER = 30;
    static final int LAST_REMINDER = 7;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ReviewMechanism mechanism;
    private String session;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate submissionDeadline;
    private Long groupId;
    private String note;
    private UUID createdBy;
    private Instant createdAt;
    @Version
    private long version;
    @ElementCollection
    @CollectionTable(name = "un_review_reminder", joinColumns = @JoinColumn(name = "review_id"))
    private Set<ReviewReminder> reminders = new HashSet<>();

    protected UnReview() {
    }

    UnReview(ReviewPlan plan, UUID createdBy, Instant now) {
        change(plan);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /**
     * Takes the review's details as planned, once they pass its rules (nothing changes when they do not). A new
     * deadline forgets the reminders sent for the old one, so those of the new one go out.
     */
    void change(ReviewPlan plan) {
        String checkedSession = checked(plan);
        if (!Objects.equals(submissionDeadline, plan.submissionDeadline())) {
            reminders.clear();
        }
        this.mechanism = plan.mechanism();
        this.session = checkedSession;
        this.startsOn = plan.startsOn();
        this.endsOn = plan.endsOn();
        this.submissionDeadline = plan.submissionDeadline();
        this.groupId = plan.groupId();
        this.note = plan.note() == null || plan.note().isBlank() ? null : plan.note().strip();
    }

    /** The session's name as it will be kept, once every rule of the plan holds. */
    private static String checked(ReviewPlan plan) {
        if (plan.mechanism() == null) {
            throw new InvalidReviewException("mechanism", "reviews.refused.mechanismNeeded");
        }
        String session = plan.session() == null ? "" : plan.session().strip();
        if (session.isEmpty()) {
            throw new InvalidReviewException("session", "reviews.refused.sessionNeeded");
        }
        if (session.length() > ReviewPlan.SESSION_MAX) {
            throw new InvalidReviewException("session", "reviews.refused.sessionTooLong");
        }
        if (plan.startsOn() == null) {
            throw new InvalidReviewException("startsOn", "reviews.refused.startNeeded");
        }
        if (plan.endsOn() == null) {
            throw new InvalidReviewException("endsOn", "reviews.refused.endNeeded");
        }
        if (plan.endsOn().isBefore(plan.startsOn())) {
            throw new InvalidReviewException("endsOn", "reviews.refused.endsBeforeStart");
        }
        if (ChronoUnit.DAYS.between(plan.startsOn(), plan.endsOn()) >= MAX_DAYS) {
            throw new InvalidReviewException("endsOn", "reviews.refused.tooLong");
        }
        if (plan.submissionDeadline() != null && plan.submissionDeadline().isAfter(plan.startsOn())) {
            throw new InvalidReviewException("submissionDeadline", "reviews.refused.deadlineAfterStart");
        }
        if (plan.note() != null && plan.note().strip().length() > ReviewPlan.NOTE_MAX) {
            throw new InvalidReviewException("note", "reviews.refused.noteTooLong");
        }
        return session;
    }

    /**
     * The reminder of the submission deadline due {@code today}, recorded as sent: the first from
     * {@value #FIRST_REMINDER} days before it, the last from {@value #LAST_REMINDER} days before it, each once and
     * on a later day if the day itself was missed (then only the latest due goes out). Empty when none is due.
     */
    OptionalInt remindIfDue(LocalDate today, Instant now) {
        Long days = daysToDeadline(today);
        if (days == null || days < 0 || days > FIRST_REMINDER) {
            return OptionalInt.empty();
        }
        int threshold = days <= LAST_REMINDER ? LAST_REMINDER : FIRST_REMINDER;
        if (!reminders.add(new ReviewReminder(threshold, now))) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(threshold);
    }

    /** The days from {@code today} to the submission deadline (negative once it passed); null without a deadline. */
    Long daysToDeadline(LocalDate today) {
        return submissionDeadline == null ? null : ChronoUnit.DAYS.between(today, submissionDeadline);
    }

    public Long id() {
        return id;
    }

    long version() {
        return version;
    }

    public ReviewMechanism mechanism() {
        return mechanism;
    }

    public String session() {
        return session;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public LocalDate submissionDeadline() {
        return submissionDeadline;
    }

    /** The working group coordinating the shadow report; null when none does. */
    public Long groupId() {
        return groupId;
    }

    public String note() {
        return note;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
