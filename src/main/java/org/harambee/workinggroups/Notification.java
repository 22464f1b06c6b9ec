package org.harambee.workinggroups;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A new post, for one person taking part in its group: unread until they open it, and waiting for their digest. */
@Entity
@Table(name = "group_notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private UUID accountId;
    private Long groupId;
    private Long postId;
    private Instant createdAt;
    private Instant readAt;
    private boolean digestPending;

    protected Notification() {
    }

    Notification(UUID accountId, Long groupId, Long postId, boolean digestPending, Instant now) {
        this.accountId = accountId;
        this.groupId = groupId;
        this.postId = postId;
        this.digestPending = digestPending;
        this.createdAt = now;
    }

    void digested() {
        digestPending = false;
    }

    public Long id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public Long groupId() {
        return groupId;
    }

    public Long postId() {
        return postId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean unread() {
        return readAt == null;
    }
}
