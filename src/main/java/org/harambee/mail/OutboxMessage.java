package org.harambee.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An e-mail the network sent, or tried to. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public enum Status { QUEUED, SENT, FAILED, KEPT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    private String subject;
    private String body;
    private Instant createdAt;
    private Instant deliveredAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String failure;
    private String unsubscribe;

    protected OutboxMessage() {
    }

    OutboxMessage(String recipient, String subject, String body, String unsubscribe) {
        this.unsubscribe = unsubscribe;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = Instant.now();
        this.status = Status.QUEUED;
    }

    public Long id() {
        return id;
    }

    /** The address that stops this kind of e-mail in one click; null for messages without one. */
    public String unsubscribe() {
        return unsubscribe;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Status status() {
        return status;
    }

    public String failure() {
        return failure;
    }

    void delivered(Instant at) {
        this.status = Status.SENT;
        this.deliveredAt = at;
    }

    void failed(String reason) {
        this.status = Status.FAILED;
        this.failure = reason == null ? "unknown" : reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    void kept() {
        this.status = Status.KEPT;
    }
}
