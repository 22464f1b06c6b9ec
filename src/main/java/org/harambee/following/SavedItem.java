package org.harambee.following;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.harambee.related.Subject;

/** A page a member saved to their private list: an event, resource, statement, recommendation or news item. */
@Entity
@Table(name = "saved_item")
public class SavedItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_item_seq")
    @SequenceGenerator(name = "saved_item_seq", sequenceName = "saved_item_seq", allocationSize = 50)
    private Long id;
    private UUID accountId;
    @Enumerated(EnumType.STRING)
    private Subject subject;
    private long targetId;
    private Instant savedAt;

    protected SavedItem() {
    }

    SavedItem(UUID accountId, Subject subject, long targetId, Instant savedAt) {
        this.accountId = Objects.requireNonNull(accountId);
        this.subject = Objects.requireNonNull(subject);
        this.targetId = targetId;
        this.savedAt = savedAt;
    }

    public Subject subject() {
        return subject;
    }

    public long targetId() {
        return targetId;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
