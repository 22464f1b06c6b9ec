package org.harambee.mail;

import java.time.Instant;
import java.util.Set;

/**
 * One message of the outbox as one reader may see it. A message of a group closed to the reader, or of a group's
 * participants-only matters for a reader who does not take part, shows only when it was sent and its status (and
 * which of the two it is); other messages show recipient, subject, status and failure, and the body only when its
 * sender declared it readable by staff, with the single-use link's place marked, never the link.
 */
public record OutboxEntry(Instant createdAt, OutboxMessage.Status status, Hidden hidden, String recipient,
        String subject, DeliveryFailure failure, String body, boolean linkWithheld) {

    /** Why a message is hidden from this reader, if it is. */
    public enum Hidden { NO, PRIVATE_GROUP, PARTICIPANTS_ONLY }

    static OutboxEntry of(OutboxMessage message, Set<Long> closedGroups, Set<Long> groupsTakenPartIn) {
        Long group = message.groupId();
        Hidden hidden = group == null ? Hidden.NO : closedGroups.contains(group) ? Hidden.PRIVATE_GROUP
                : message.participantsOnly() && !groupsTakenPartIn.contains(group) ? Hidden.PARTICIPANTS_ONLY
                : Hidden.NO;
        if (hidden != Hidden.NO) {
            return new OutboxEntry(message.createdAt(), message.status(), hidden, null, null, null, null, false);
        }
        return new OutboxEntry(message.createdAt(), message.status(), Hidden.NO, message.recipient(),
                message.subject(), message.failure(), message.readableByStaff() ? message.body() : null,
                message.linkWithheld());
    }

    /** The body with this text where the single-use link was. */
    public String body(String withheld) {
        return body == null ? null : body.replace(Letter.SECRET_LINK, withheld);
    }
}
