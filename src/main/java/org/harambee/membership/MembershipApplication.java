package org.harambee.membership;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Hibernate;

/**
 * An organization's or a person's request to join, and the staff's review of it. The applicant exists as a
 * {@link Member} with status applicant until a decision: approval makes it active; a declined applicant's
 * profile is deleted, and only this record (name, contact, decisions) remains.
 */
@Entity
@Table(name = "membership_application")
class MembershipApplication {

    public static final int STATEMENT_MAX = 2000;
    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_application_seq")
    @SequenceGenerator(name = "membership_application_seq", sequenceName = "membership_application_seq",
            allocationSize = 50)
    private Long id;
    /** Bumped by every change: staff decisions carry the version their page showed. */
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    private MemberKind kind;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;
    private String name;
    private String contactName;
    private String contactEmail;
    private String language;
    private String statement;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    private Instant submittedAt;
    private Instant decidedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "application_id", nullable = false)
    @OrderBy("decidedAt, id")
    private List<StoredDecision> decisions = new ArrayList<>();

    protected MembershipApplication() {
    }

    MembershipApplication(Member applicant, String statement, Instant at) {
        if (applicant.status() != MembershipStatus.APPLICANT) {
            throw new IllegalArgumentException("Only an applicant applies");
        }
        this.kind = applicant.kind();
        this.member = applicant;
        this.name = applicant.displayName();
        this.contactName = applicant.contactName();
        this.contactEmail = applicant.contactEmail();
        this.language = applicant.language();
        this.statement = statement;
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = at;
    }

    /** Approves the application: the applicant becomes an active member for a year. */
    StatusChange approve(String by, Instant at, LocalDate today, String note) {
        decide(ApplicationStatus.APPROVED, by, at, note);
        return member().approve(by, at, today, note);
    }

    /** Declines the application with a reason; returns the applicant, whose profile is to be deleted. */
    Member decline(String by, Instant at, String reason) {
        decide(ApplicationStatus.DECLINED, by, at, requireReason(reason));
        Member declined = member();
        this.member = null;
        return declined;
    }

    /** Asks the applicant for more information; the application waits for their answer. */
    void requestInformation(String by, Instant at, String question) {
        decide(ApplicationStatus.INFORMATION_REQUESTED, by, at, requireReason(question));
    }

    private void decide(ApplicationStatus outcome, String by, Instant at, String reason) {
        if (!status.pending()) {
            throw new MembershipTransitionException("membership.application.alreadyDecided");
        }
        if (reason != null && reason.length() > REASON_MAX) {
            throw new MembershipTransitionException("membership.transition.reasonTooLong");
        }
        this.status = outcome;
        if (outcome != ApplicationStatus.INFORMATION_REQUESTED) {
            this.decidedAt = at;
        }
        decisions.add(new StoredDecision(at, by, outcome,
                reason == null || reason.isBlank() ? null : reason.strip()));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new MembershipTransitionException("membership.transition.reasonRequired");
        }
        return reason;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public MemberKind kind() {
        return kind;
    }

    /** The applicant as its own kind (organization or individual), while there is one. */
    public Member member() {
        return member == null ? null : (Member) Hibernate.unproxy(member);
    }

    public String name() {
        return name;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String language() {
        return language;
    }

    public String statement() {
        return statement;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public List<ApplicationDecision> decisions() {
        return decisions.stream().map(StoredDecision::published).toList();
    }
}
