package org.harambee.membership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One entry of a membership's history: who changed the status, when, from what, to what, and why. */
@Entity
@Table(name = "status_change")
class StoredStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_seq")
    @SequenceGenerator(name = "status_change_seq", sequenceName = "status_change_seq", allocationSize = 50)
    private Long id;
    private Instant occurredAt;
    private String actor;
    @Enumerated(EnumType.STRING)
    private MembershipAction action;
    @Enumerated(EnumType.STRING)
    private MembershipStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private MembershipStatus toStatus;
    private String reason;
    /** The renewal date before this change. */
    private LocalDate renewalDate;

    protected StoredStatusChange() {
    }

    StoredStatusChange(Instant occurredAt, String actor, MembershipAction action, MembershipStatus from, MembershipStatus to,
            String reason, LocalDate renewalDate) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason;
        this.renewalDate = renewalDate;
    }

    StatusChange published() {
        return new StatusChange(occurredAt, actor, action, fromStatus, toStatus, reason, renewalDate);
    }
}
