package org.harambee.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An e-mail the network sent, or tried to: never with its single-use link, which only the delivered e-mail
 * carries (see {@link Letter}).
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /**
     * Queued until the sending transaction commits; then sent, failed, or kept here without an SMTP server. A kept
     * message that had a single-use link is WITHHELD: the link was never stored, so nobody can use it.
     */
    public enum Status { QUEUED, SENT, FAILED, KEPT, WITHHELD }

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
    private boolean readableByStaff;
    private Long groupId;
    private boolean participantsOnly;
    private boolean linkWithheld;

    protected OutboxMessage() {
    }

    OutboxMessage(Letter letter, Instant now) {
        this.recipient = letter.recipient();
        this.subject = letter.subject();
        this.body = letter.body();
        this.readableByStaff = letter.staffMayRead();
        this.groupId = letter.groupId();
        this.participantsOnly = letter.participantsOnly();
        this.linkWithheld = letter.secretLink() != null;
        this.createdAt = now;
        this.status = Status.QUEUED;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    /** The body as stored: where the single-use link was, it reads {@link Letter#SECRET_LINK}. */
    public String body() {
        return body;
    }

    /** Whether the sender declared that staff may read the body. */
    public boolean readableByStaff() {
        return readableByStaff;
    }

    /** The working group the message is about, or null. */
    public Long groupId() {
        return groupId;
    }

    /** Whether the message tells of its group's participants-only matters. */
    public boolean participantsOnly() {
        return participantsOnly;
    }

    /** Whether the message carried a single-use link, which was given to the delivery only and never stored. */
    public boolean linkWithheld() {
        return linkWithheld;
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

    /** Why the message was not delivered; null when nothing failed. */
    public DeliveryFailure failure() {
        return failure == null ? null : DeliveryFailure.valueOf(failure);
    }

    void delivered(Instant at) {
        this.status = Status.SENT;
        this.deliveredAt = at;
    }

    void failed(DeliveryFailure reason) {
        this.status = Status.FAILED;
        this.failure = reason.name();
    }

    void kept() {
        this.status = linkWithheld ? Status.WITHHELD : Status.KEPT;
    }
}
