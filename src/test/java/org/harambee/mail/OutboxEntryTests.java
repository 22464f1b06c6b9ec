package org.harambee.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the outbox keeps of a letter, and what one reader sees of it. */
class OutboxEntryTests {

    private static final String LINK = "https://network.example/password/reset/" + "s".repeat(43);
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void theSingleUseLinkIsNeverKeptAndWithoutSmtpTheStatusSaysItWasWithheld() {
        OutboxMessage message = new OutboxMessage(Letter.to("ana@example.org", "Reset", "Open " + Letter.SECRET_LINK)
                .withSecretLink(LINK), NOW);
        message.kept();

        assertThat(message.body()).doesNotContain(LINK).contains(Letter.SECRET_LINK);
        assertThat(message.status()).isEqualTo(OutboxMessage.Status.WITHHELD);
        assertThat(message.linkWithheld()).isTrue();
        OutboxEntry entry = OutboxEntry.of(message, Set.of(), Set.of());
        assertThat(entry.body("[withheld]")).as("private by default").isNull();
        assertThat(entry.subject()).isEqualTo("Reset");
        assertThat(entry.recipient()).isEqualTo("ana@example.org");
    }

    @Test
    void aMessageWithoutLinkIsKeptAsBeforeAndABodyDeclaredReadableShowsWhereTheLinkWas() {
        OutboxMessage plain = new OutboxMessage(Letter.to("ana@example.org", "Decision", "Declined").readableByStaff(),
                NOW);
        plain.kept();
        assertThat(plain.status()).isEqualTo(OutboxMessage.Status.KEPT);
        assertThat(OutboxEntry.of(plain, Set.of(), Set.of()).body("[withheld]")).isEqualTo("Declined");

        OutboxMessage groupMail = new OutboxMessage(Letter.to("ana@example.org", "New post", "Stop: "
                + Letter.SECRET_LINK).aboutGroup(7L).readableByStaff().withSecretLink(LINK).unsubscribingWithTheLink(),
                NOW);
        assertThat(OutboxEntry.of(groupMail, Set.of(8L), Set.of()).body("[withheld]")).isEqualTo("Stop: [withheld]");
    }

    @Test
    void aMessageOfAGroupClosedToTheReaderShowsOnlyWhenAndWhatBecameOfIt() {
        OutboxMessage groupMail = new OutboxMessage(Letter.to("ana@example.org", "Caucus: a post", "Words")
                .aboutGroup(7L).readableByStaff(), NOW);
        groupMail.failed(DeliveryFailure.ADDRESS_REFUSED);

        OutboxEntry entry = OutboxEntry.of(groupMail, Set.of(7L), Set.of());
        assertThat(entry.hidden()).isEqualTo(OutboxEntry.Hidden.PRIVATE_GROUP);
        assertThat(entry.createdAt()).isEqualTo(NOW);
        assertThat(entry.status()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(entry.recipient()).isNull();
        assertThat(entry.subject()).isNull();
        assertThat(entry.failure()).isNull();
        assertThat(entry.body("[withheld]")).isNull();
    }

    @Test
    void aMessageAboutAGroupsParticipantsOnlyDiscussionsIsReadOnlyByThoseTakingPart() {
        OutboxMessage closedThread = new OutboxMessage(Letter.to("ana@example.org", "Caucus: strategy", "Our plan")
                .aboutGroup(7L).readableByStaff().forItsParticipantsOnly(), NOW);

        OutboxEntry outsider = OutboxEntry.of(closedThread, Set.of(), Set.of(8L));
        assertThat(outsider.hidden()).isEqualTo(OutboxEntry.Hidden.PARTICIPANTS_ONLY);
        assertThat(outsider.subject()).isNull();
        assertThat(outsider.recipient()).isNull();
        OutboxEntry participant = OutboxEntry.of(closedThread, Set.of(), Set.of(7L));
        assertThat(participant.hidden()).isEqualTo(OutboxEntry.Hidden.NO);
        assertThat(participant.body("[withheld]")).isEqualTo("Our plan");
    }

    @Test
    void aLetterNeverPrintsItsLink() {
        assertThat(Letter.to("ana@example.org", "Reset", "x").withSecretLink(LINK).toString()).doesNotContain(LINK);
    }
}
