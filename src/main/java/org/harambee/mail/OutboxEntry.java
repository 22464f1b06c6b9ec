package org.harambee.mail;

import java.time.Instant;
import java.util.Set;

/**
 * One message of the outbox as one reader may see it. A message of a group closed to the reader shows only when
 * it was sent and its status; other messages show recipient, subject, status and failure, and the body only when
 * its sender declared it readable by staff, with the single-use link's place marked, never the link.
 */
public record OutboxEntry(Instant createdAt, OutboxMessage.Status status, boolean closedGroup, String recipient,
        String subject, String failure, String body, boolean linkWithheld) {

    static OutboxEntry of(OutboxMessage message, Set<Long> closedGroups) {
        if (message.groupId() != null && closedGroups.contains(message.groupId())) {
            return new OutboxEntry(message.createdAt(), message.status(), true, null, null, null, null, false);
        }
        return new OutboxEntry(message.createdAt(), message.status(), false, message.recipient(), message.subject(),
                message.failure(), message.readableByStaff() ? message.body() : null, message.linkWithheld());
    }

    /** The body with this text where the single-use link was. */
    public String body(String withheld) {
        return body == null ? null : body.replace(Letter.SECRET_LINK, withheld);
    }
}
