package org.harambee.workinggroups;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/**
 * One person's choice for one group.
 * Until a person chooses, they get an e-mail for every post, as on a mailing list.
 */
@Entity
@Table(name = "group_notification_preference")
public class NotificationPreference {

    static final NotificationChoice DEFAULT = NotificationChoice.EVERY_POST;

    @EmbeddedId
    private Key key;
    @Enumerated(EnumType.STRING)
    private NotificationChoice choice;

    protected NotificationPreference() {
    }

    NotificationPreference(Long groupId, UUID accountId) {
        this.key = new Key(groupId, accountId);
        this.choice = DEFAULT;
    }

    void choose(NotificationChoice choice) {
        this.choice = choice;
    }

    public Long groupId() {
        return key.groupId;
    }

    public UUID accountId() {
        return key.accountId;
    }

    public NotificationChoice choice() {
        return choice;
    }

    /** The group and the person. */
    @Embeddable
    record Key(Long groupId, UUID accountId) implements Serializable {
    }
}
