package org.harambee.mail;

import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.modulith.NamedInterface;

/**
 * An e-mail to send, and who besides its recipient may read it in the outbox. Private by default: the outbox shows
 * who, when, subject and status, and the body only when the sender declares it {@link #readableByStaff()}. A
 * single-use link (a password reset, an invitation, a one-click unsubscribe address) is given apart with
 * {@link #withSecretLink}: the body names its place with {@link #SECRET_LINK}, the link goes into the e-mail when
 * it is delivered, and it is never stored.
 */
@NamedInterface(name = "api", propagate = false)
public final class Letter {

    /** Where the single-use link goes in the body; the outbox keeps this mark, never the link. */
    public static final String SECRET_LINK = "[[single-use-link]]";

    private final String recipient;
    private final String subject;
    private final String body;
    private final boolean readableByStaff;
    private final Long groupId;
    private final boolean participantsOnly;
    private final String secretLink;
    private final boolean unsubscribes;
    private final Attachment attachment;

    private Letter(String recipient, String subject, String body, boolean readableByStaff, Long groupId,
            boolean participantsOnly, String secretLink, boolean unsubscribes, Attachment attachment) {
        this.participantsOnly = participantsOnly;
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.readableByStaff = readableByStaff;
        this.groupId = groupId;
        this.secretLink = secretLink;
        this.unsubscribes = unsubscribes;
        this.attachment = attachment;
    }

    /**
     * A file sent with the message (a PDF invoice, say): made only when the message is delivered, from what
     * {@code content} holds, and never kept in the outbox.
     */
    public record Attachment(String name, String contentType, Supplier<byte[]> content) {
    }

    /** The message carries this file. */
    public Letter withAttachment(String name, String contentType, Supplier<byte[]> content) {
        return new Letter(recipient, subject, body, readableByStaff, groupId, participantsOnly, secretLink,
                unsubscribes, new Attachment(Objects.requireNonNull(name), Objects.requireNonNull(contentType),
                        Objects.requireNonNull(content)));
    }

    /** A message whose body only its recipient reads. */
    public static Letter to(String recipient, String subject, String body) {
        return new Letter(recipient, subject, body, false, null, false, null, false, null);
    }

    /** Staff may read the body in the outbox: it says nothing they could not read anyway (their own decision, say). */
    public Letter readableByStaff() {
        return new Letter(recipient, subject, body, true, groupId, participantsOnly, secretLink, unsubscribes,
                attachment);
    }

    /**
     * The message is about this working group: a reader of the outbox to whom the group is closed sees only that a
     * message of a private group was sent, not to whom, nor its subject or body.
     */
    public Letter aboutGroup(Long id) {
        return new Letter(recipient, subject, body, readableByStaff, id, participantsOnly, secretLink, unsubscribes,
                attachment);
    }

    /**
     * The message tells of the group's participants-only matters (a discussion not opened to readers outside it):
     * a reader of the outbox who does not take part sees only that a message went to a group's participants.
     */
    public Letter forItsParticipantsOnly() {
        if (groupId == null) {
            throw new IllegalStateException("Name the group with aboutGroup first");
        }
        return new Letter(recipient, subject, body, readableByStaff, groupId, true, secretLink, unsubscribes,
                attachment);
    }

    /** The single-use link that replaces {@link #SECRET_LINK} in the body when the message is delivered. */
    public Letter withSecretLink(String link) {
        return new Letter(recipient, subject, body, readableByStaff, groupId, participantsOnly,
                Objects.requireNonNull(link), unsubscribes, attachment);
    }

    /**
     * The secret link also stops this kind of e-mail in one click: mail programs show an unsubscribe button that
     * posts to it (headers {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}, RFC 8058).
     */
    public Letter unsubscribingWithTheLink() {
        if (secretLink == null) {
            throw new IllegalStateException("Give the unsubscribe link with withSecretLink first");
        }
        return new Letter(recipient, subject, body, readableByStaff, groupId, participantsOnly, secretLink, true,
                attachment);
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    boolean staffMayRead() {
        return readableByStaff;
    }

    Long groupId() {
        return groupId;
    }

    boolean participantsOnly() {
        return participantsOnly;
    }

    String secretLink() {
        return secretLink;
    }

    boolean unsubscribes() {
        return unsubscribes;
    }

    Attachment attachment() {
        return attachment;
    }

    /** Never the link: a letter may end up in a log line. */
    @Override
    public String toString() {
        return "Letter to " + recipient + (secretLink == null ? "" : " with a single-use link");
    }
}
