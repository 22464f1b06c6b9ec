package org.harambee.workinggroups;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One person's choice for one group, with the secret token of the one-click unsubscribe link in their e-mails.
 * Until a person chooses, they get an e-mail for every post, as on a mailing list.
 */
@Entity
@Table(name = "group_notification_preference")
public class NotificationPreference {

    static final NotificationChoice DEFAULT = NotificationChoice.EVERY_POST;
    private static final SecureRandom RANDOM = new SecureRandom();

    @EmbeddedId
    private Key key;
    @Enumerated(EnumType.STRING)
    private NotificationChoice choice;
    private String unsubscribeToken;

    protected NotificationPreference() {
    }

    NotificationPreference(Long groupId, UUID accountId) {
        this.key = new Key(groupId, accountId);
        this.choice = DEFAULT;
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        this.unsubscribeToken = HexFormat.of().formatHex(token);
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

    String unsubscribeToken() {
        return unsubscribeToken;
    }

    /** The group and the person. */
    @Embeddable
    record Key(Long groupId, UUID accountId) implements Serializable {
    }
}
