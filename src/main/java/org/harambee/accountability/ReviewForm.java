package org.harambee.accountability;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form staff enter or correct a review with. */
public class ReviewForm {

    @NotNull
    private ReviewMechanism mechanism;
    @NotBlank
    @Size(max = ReviewPlan.SESSION_MAX)
    private String session;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate submissionDeadline;
    private Long groupId;
    @Size(max = ReviewPlan.NOTE_MAX)
    private String note;
    private Long version;

    static ReviewForm of(ReviewView review) {
        ReviewForm form = new ReviewForm();
        form.mechanism = review.mechanism();
        form.session = review.session();
        form.startsOn = review.startsOn();
        form.endsOn = review.endsOn();
        form.submissionDeadline = review.submissionDeadline();
        form.groupId = review.groupId();
        form.note = review.note();
        form.version = review.version();
        return form;
    }

    ReviewPlan plan() {
        return new ReviewPlan(mechanism, session, startsOn, endsOn, submissionDeadline, groupId, note);
    }

    public ReviewMechanism getMechanism() {
        return mechanism;
    }

    public void setMechanism(ReviewMechanism mechanism) {
        this.mechanism = mechanism;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public LocalDate getSubmissionDeadline() {
        return submissionDeadline;
    }

    public void setSubmissionDeadline(LocalDate submissionDeadline) {
        this.submissionDeadline = submissionDeadline;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** The version of the review the form showed. */
    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
