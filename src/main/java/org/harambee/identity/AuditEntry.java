package org.harambee.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One sensitive action: who did what to which record, when, from where, and the working group it concerns if any.
 * Never edited, except that its client address is dropped after the retention period ({@link AuditAddresses}).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    private String actor;
    private String action;
    private String subject;
    private String details;
    private String remoteAddress;
    private Long groupId;
    private boolean participantsOnly;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, String subject, String details, String remoteAddress,
            Long groupId, boolean participantsOnly) {
        this.groupId = groupId;
        this.participantsOnly = participantsOnly;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.details = details;
        this.remoteAddress = remoteAddress;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String details() {
        return details;
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    /** The working group this action concerns, or null. */
    public Long groupId() {
        return groupId;
    }

    /** Whether the action concerns the group's participants-only matters (tasks, meetings, closed discussions...). */
    public boolean participantsOnly() {
        return participantsOnly;
    }
}
