package org.harambee.membership;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A member of the network, organization or individual, and the rules of its membership: which
 * status changes are allowed, when it renews, when it lapses, which renewal reminders are due.
 * Every change of status is kept in its history (who, when, from, to, why).
 */
@Entity
@Table(name = "membership")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind")
public abstract class Member {

    static final int REASON_MAX = 1000;

    /** Which statuses each change may start from. */
    private static final Map<MembershipAction, Set<MembershipStatus>> ALLOWED_FROM = Map.of(
            MembershipAction.APPROVED, EnumSet.of(MembershipStatus.APPLICANT),
            MembershipAction.RENEWED, EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.LAPSED,
                    MembershipStatus.WITHDRAWN),
            MembershipAction.LAPSED, EnumSet.of(MembershipStatus.ACTIVE),
            MembershipAction.SUSPENDED, EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.LAPSED),
            MembershipAction.REINSTATED, EnumSet.of(MembershipStatus.SUSPENDED),
            MembershipAction.WITHDREW, EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.LAPSED,
                    MembershipStatus.SUSPENDED));

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    @SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 50)
    private Long id;
    /** Bumped by every change: an edit form carries it, and a save from an older one is refused. */
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private MembershipStatus status;
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private LocalDate memberSince;
    private LocalDate renewalDate;
    @Column(name = "reminded_30_for")
    private LocalDate reminded30For;
    @Column(name = "reminded_7_for")
    private LocalDate reminded7For;
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private boolean foundingMember;
    private String language;
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "member_id", nullable = false)
    @OrderBy("occurredAt, id")
    private List<StoredStatusChange> history = new ArrayList<>();

    protected Member() {
    }

    /** A new applicant, as an application creates it. */
    protected Member(String language, String actor, Instant at) {
        this.status = MembershipStatus.APPLICANT;
        this.language = language;
        this.createdAt = at;
        history.add(new StoredStatusChange(at, actor, MembershipAction.APPLIED, null, MembershipStatus.APPLICANT, null,
                null));
    }

    /**
     * A member recorded with a known standing (an import, or a network moving to Harambee). An active,
     * lapsed, suspended or withdrawn member needs the date it joined; without a renewal date it renews on the
     * next anniversary of joining. An applicant has no membership dates yet.
     */
    protected Member(Standing standing, String language, String actor, Instant at, LocalDate today) {
        if (standing.status() != MembershipStatus.APPLICANT && standing.memberSince() == null) {
            throw new IllegalArgumentException(
                    "A member with status " + standing.status() + " needs a member-since date");
        }
        boolean applicant = standing.status() == MembershipStatus.APPLICANT;
        this.status = standing.status();
        this.memberSince = applicant ? null : standing.memberSince();
        this.foundingMember = standing.foundingMember();
        this.renewalDate = applicant ? null
                : standing.renewalDate() != null ? standing.renewalDate() : nextAnniversary(memberSince, today);
        this.language = language;
        this.createdAt = at;
        history.add(new StoredStatusChange(at, actor, MembershipAction.REGISTERED, null, status, null, renewalDate));
    }

    private static LocalDate nextAnniversary(LocalDate since, LocalDate today) {
        LocalDate next = since.plusYears(1);
        while (next.isBefore(today)) {
            next = next.plusYears(1);
        }
        return next;
    }

    public abstract MemberKind kind();

    /** The organization's or the person's name. */
    public abstract String displayName();

    /** Where membership e-mail (reminders, decisions) goes. */
    public abstract String contactEmail();

    public abstract String contactName();

    /** Staff approved the application: the applicant becomes an active member for a year. */
    StatusChange approve(String actor, Instant at, LocalDate today, String note) {
        require(MembershipAction.APPROVED);
        this.memberSince = today;
        this.renewalDate = today.plusYears(1);
        return change(MembershipAction.APPROVED, MembershipStatus.ACTIVE, actor, at, note);
    }

    /**
     * The member renewed: an active membership is extended by a year from its renewal date (so renewing
     * early or in the grace period keeps the anniversary); a lapsed or withdrawn one is active again for a
     * year from today.
     */
    StatusChange renew(String actor, Instant at, LocalDate today, String note) {
        require(MembershipAction.RENEWED);
        this.renewalDate = status == MembershipStatus.ACTIVE && renewalDate != null
                ? renewalDate.plusYears(1) : today.plusYears(1);
        return change(MembershipAction.RENEWED, MembershipStatus.ACTIVE, actor, at, note);
    }

    /**
     * The member's dues are settled through {@code through}: an active membership renews the day after, unless it
     * renews later already; a lapsed one is active again when that day is still to come. Empty when nothing changes.
     */
    Optional<StatusChange> duesSettledThrough(LocalDate through, String actor, Instant at, LocalDate today) {
        LocalDate renews = through.plusDays(1);
        boolean extended = status == MembershipStatus.ACTIVE && (renewalDate == null || renewalDate.isBefore(renews));
        boolean reactivates = status == MembershipStatus.LAPSED && renews.isAfter(today);
        if (!extended && !reactivates) {
            return Optional.empty();
        }
        this.renewalDate = renews;
        return Optional.of(change(MembershipAction.RENEWED, MembershipStatus.ACTIVE, actor, at, null));
    }

    /** Whether an active membership is past its renewal date plus the grace period on {@code today}. */
    public boolean overdue(LocalDate today, int graceDays) {
        return status == MembershipStatus.ACTIVE && renewalDate != null
                && today.isAfter(renewalDate.plusDays(graceDays));
    }

    /** Only an active membership past its renewal date and grace period lapses. */
    StatusChange lapse(String actor, Instant at, LocalDate today, int graceDays) {
        require(MembershipAction.LAPSED);
        if (!overdue(today, graceDays)) {
            throw new MembershipTransitionException("membership.transition.notOverdue");
        }
        return change(MembershipAction.LAPSED, MembershipStatus.LAPSED, actor, at, null);
    }

    /** Staff suspend an active or lapsed member; they must say why. */
    StatusChange suspend(String actor, Instant at, String reason) {
        require(MembershipAction.SUSPENDED);
        return change(MembershipAction.SUSPENDED, MembershipStatus.SUSPENDED, actor, at, requireReason(reason));
    }

    /** Staff lift a suspension; they must say why. */
    StatusChange reinstate(String actor, Instant at, String reason) {
        require(MembershipAction.REINSTATED);
        return change(MembershipAction.REINSTATED, MembershipStatus.ACTIVE, actor, at, requireReason(reason));
    }

    /** The member leaves the network (or staff record that it did). */
    StatusChange withdraw(String actor, Instant at, String reason) {
        require(MembershipAction.WITHDREW);
        return change(MembershipAction.WITHDREW, MembershipStatus.WITHDRAWN, actor, at, reason);
    }

    /**
     * The renewal reminder due on {@code today}, if any, marked as sent: 30 days before the renewal date,
     * then 7 days before. Each is sent once per renewal date; a member first seen inside the last week gets
     * only the 7-day reminder.
     */
    Optional<RenewalReminder> remindIfDue(LocalDate today) {
        if (status != MembershipStatus.ACTIVE || renewalDate == null) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(today, renewalDate);
        if (days < 0 || days > RenewalReminder.THIRTY_DAYS.daysBefore()) {
            return Optional.empty();
        }
        if (days <= RenewalReminder.SEVEN_DAYS.daysBefore()) {
            if (renewalDate.equals(reminded7For)) {
                return Optional.empty();
            }
            reminded7For = renewalDate;
            reminded30For = renewalDate;
            return Optional.of(RenewalReminder.SEVEN_DAYS);
        }
        if (renewalDate.equals(reminded30For)) {
            return Optional.empty();
        }
        reminded30For = renewalDate;
        return Optional.of(RenewalReminder.THIRTY_DAYS);
    }

    /** Whether this change is allowed from the current status (for offering it to staff). */
    public boolean allows(MembershipAction action) {
        return ALLOWED_FROM.getOrDefault(action, Set.of()).contains(status);
    }

    private void require(MembershipAction action) {
        if (!allows(action)) {
            throw new MembershipTransitionException("membership.transition.refused");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new MembershipTransitionException("membership.transition.reasonRequired");
        }
        return reason;
    }

    private StatusChange change(MembershipAction action, MembershipStatus to, String actor, Instant at, String reason) {
        if (reason != null && reason.length() > REASON_MAX) {
            throw new MembershipTransitionException("membership.transition.reasonTooLong");
        }
        StoredStatusChange change = new StoredStatusChange(at, actor, action, status, to,
                reason == null || reason.isBlank() ? null : reason.strip(), renewalDate);
        this.status = to;
        history.add(change);
        return change.published();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public MembershipStatus status() {
        return status;
    }

    public LocalDate memberSince() {
        return memberSince;
    }

    public LocalDate renewalDate() {
        return renewalDate;
    }

    public boolean foundingMember() {
        return foundingMember;
    }

    void markFounding(boolean founding) {
        this.foundingMember = founding;
    }

    public String language() {
        return language;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<StatusChange> history() {
        return history.stream().map(StoredStatusChange::published).toList();
    }
}
