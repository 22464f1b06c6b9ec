package org.harambee.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sensitive action: who did what to which record, when, from where. Never edited. */
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

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, String subject, String details, String remoteAddress) {
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
}
