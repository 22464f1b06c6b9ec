package org.harambee.workinggroups.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The life of a statement as the aggregate guards it: drafting with versions, opening, signing, closing, delivery. */
class SignOnStatementTests {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** 11:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final StatementDraft TEXT = new StatementDraft("Ratify CEDAW", "The United States Senate",
            "We urge the Senate to ratify the Convention.", StatementVisibility.PUBLIC, false);

    @Test
    void aDraftOpensOnlyWithADeadlineAfterTodayAndWithinAYear() {
        SignOnStatement statement = new SignOnStatement(null, TEXT, NOW);
        assertRefused(() -> statement.open(null, ZONE, NOW), "statements.refused.deadlinePast");
        assertRefused(() -> statement.open(TODAY.minusDays(3), ZONE, NOW), "statements.refused.deadlinePast");
        assertRefused(() -> statement.open(TODAY, ZONE, NOW), "statements.refused.deadlinePast");
        assertRefused(() -> statement.open(TODAY.plusDays(SignOnStatement.MAX_OPEN_DAYS + 1), ZONE, NOW),
                "statements.refused.deadlineFar");
        assertThat(statement.state(NOW)).isEqualTo(StatementState.DRAFT);

        statement.open(TODAY.plusDays(1), ZONE, NOW);
        assertThat(statement.state(NOW)).isEqualTo(StatementState.OPEN);
        assertThat(statement.deadline()).isEqualTo(TODAY.plusDays(1));
        assertRefused(() -> statement.open(TODAY.plusDays(2), ZONE, NOW), "statements.refused.notDraft");
    }

    @Test
    void signaturesAreAcceptedThroughTheEndOfTheDeadlineInTheNetworksTimeZoneAndNeverAfter() {
        SignOnStatement statement = opened(TEXT);
        Instant lastMinute = TODAY.plusDays(1).atTime(LocalTime.of(23, 59)).atZone(ZONE).toInstant();
        Instant midnight = TODAY.plusDays(2).atStartOfDay(ZONE).toInstant();

        assertThat(statement.sign(organization(1), lastMinute).signedAt()).isEqualTo(lastMinute);
        assertThat(statement.state(midnight)).isEqualTo(StatementState.CLOSED);
        assertThat(statement.closedAt(midnight)).isEqualTo(midnight);
        assertRefused(() -> statement.sign(organization(2), midnight), "statements.refused.closed");
        assertRefused(() -> statement.sign(organization(2), midnight.plus(Duration.ofDays(30))),
                "statements.refused.closed");

        assertThat(statement.closeIfExpired(lastMinute)).isFalse();
        assertThat(statement.closeIfExpired(midnight.plusSeconds(90))).isTrue();
        assertThat(statement.closeIfExpired(midnight.plusSeconds(120))).isFalse();
        assertThat(statement.closedAt(midnight.plusSeconds(90))).isEqualTo(midnight);
    }

    @Test
    void nobodySignsADraftOrAStatementItsOwnersClosed() {
        SignOnStatement statement = new SignOnStatement(7L, TEXT, NOW);
        assertRefused(() -> statement.sign(organization(1), NOW), "statements.refused.notOpen");
        assertRefused(() -> statement.close(NOW), "statements.refused.notOpenToClose");

        statement.open(TODAY.plusDays(10), ZONE, NOW);
        statement.sign(organization(1), NOW.plusSeconds(60));
        statement.close(NOW.plusSeconds(120));
        assertThat(statement.state(NOW.plusSeconds(121))).isEqualTo(StatementState.CLOSED);
        assertThat(statement.closedAt(NOW.plusSeconds(121))).isEqualTo(NOW.plusSeconds(120));
        assertRefused(() -> statement.sign(organization(2), NOW.plusSeconds(180)), "statements.refused.closed");
        assertRefused(() -> statement.close(NOW.plusSeconds(180)), "statements.refused.notOpenToClose");
    }

    @Test
    void individualsSignOnlyWhenTheStatementAllowsThem() {
        Signer person = Signer.person(UUID.randomUUID(), "Ana Morales", false);
        SignOnStatement organizationsOnly = opened(TEXT);
        assertRefused(() -> organizationsOnly.sign(person, NOW), "statements.refused.individuals");

        SignOnStatement everyone = opened(new StatementDraft("Open letter", "HUD", "Housing now.",
                StatementVisibility.PUBLIC, true));
        Signature signature = everyone.sign(person, NOW);
        assertThat(signature.kind()).isEqualTo(SignerKind.INDIVIDUAL);
        assertThat(signature.signerKey()).isEqualTo("person:" + person.accountId());
        assertThat(everyone.sign(organization(42), NOW).signerKey()).isEqualTo("org:42");
    }

    @Test
    void aSignatureIsWithdrawnOnlyWhileTheStatementIsOpen() {
        SignOnStatement closedEarly = opened(TEXT);
        Signature first = closedEarly.sign(organization(1), NOW);
        closedEarly.withdraw(first, NOW.plusSeconds(30));
        closedEarly.close(NOW.plusSeconds(60));
        assertRefused(() -> closedEarly.withdraw(first, NOW.plusSeconds(90)), "statements.refused.withdrawClosed");

        SignOnStatement expired = opened(TEXT);
        Signature second = expired.sign(organization(2), NOW);
        assertRefused(() -> expired.withdraw(second, NOW.plus(Duration.ofDays(3))),
                "statements.refused.withdrawClosed");
    }

    @Test
    void eachEditKeepsTheTextItReplacesAndEditingStopsOnceOpen() {
        SignOnStatement statement = new SignOnStatement(null, TEXT, NOW);
        statement.edit(new StatementDraft(" Ratify CEDAW now ", "The Senate", "We urge ratification.",
                StatementVisibility.MEMBERS, true), NOW.plusSeconds(3600));
        assertThat(statement.title()).isEqualTo("Ratify CEDAW now");
        assertThat(statement.visibility()).isEqualTo(StatementVisibility.MEMBERS);
        assertThat(statement.versions()).singleElement().satisfies(version -> {
            assertThat(version.number()).isEqualTo(1);
            assertThat(version.title()).isEqualTo(TEXT.title());
            assertThat(version.target()).isEqualTo(TEXT.target());
            assertThat(version.body()).isEqualTo(TEXT.body());
            assertThat(version.savedAt()).isEqualTo(NOW);
        });

        statement.edit(new StatementDraft("Ratify CEDAW now", "The Senate", "We urge ratification.",
                StatementVisibility.PUBLIC, false), NOW.plusSeconds(7200));
        assertThat(statement.versions()).hasSize(1);

        statement.edit(new StatementDraft("Ratify CEDAW this year", "The Senate", "We urge ratification.",
                StatementVisibility.PUBLIC, false), NOW.plusSeconds(9000));
        assertThat(statement.versions()).extracting(StatementVersion::number).containsExactly(2, 1);
        assertThat(statement.versions().get(0).title()).isEqualTo("Ratify CEDAW now");

        assertRefused(() -> statement.edit(new StatementDraft("", "The Senate", "Text", StatementVisibility.PUBLIC,
                false), NOW.plusSeconds(9500)), "statements.refused.incomplete");
        statement.open(TODAY.plusDays(5), ZONE, NOW.plusSeconds(10_000));
        assertRefused(() -> statement.edit(TEXT, NOW.plusSeconds(10_100)), "statements.refused.notDraft");
        assertThat(statement.title()).isEqualTo("Ratify CEDAW this year");
    }

    @Test
    void aClosedStatementIsDeliveredOnceOnADayFromItsOpeningToToday() {
        SignOnStatement statement = opened(TEXT);
        Delivery byEmail = new Delivery("Senate Committee on Foreign Relations", DeliveryMethod.EMAIL, TODAY);
        assertRefused(() -> statement.deliver(byEmail, ZONE, NOW), "statements.refused.notClosed");

        statement.close(NOW.plusSeconds(60));
        assertRefused(() -> statement.deliver(new Delivery("Senate", DeliveryMethod.LETTER, TODAY.plusDays(1)), ZONE,
                NOW.plusSeconds(120)), "statements.refused.deliveryFuture");
        assertRefused(() -> statement.deliver(new Delivery("Senate", DeliveryMethod.LETTER, TODAY.minusDays(1)), ZONE,
                NOW.plusSeconds(120)), "statements.refused.deliveryBeforeOpening");
        assertRefused(() -> statement.deliver(new Delivery(" ", DeliveryMethod.LETTER, TODAY), ZONE,
                NOW.plusSeconds(120)), "statements.refused.incomplete");

        statement.deliver(byEmail, ZONE, NOW.plusSeconds(120));
        assertThat(statement.state(NOW.plusSeconds(120))).isEqualTo(StatementState.DELIVERED);
        assertThat(statement.deliveredTo()).isEqualTo("Senate Committee on Foreign Relations");
        assertThat(statement.deliveryMethod()).isEqualTo(DeliveryMethod.EMAIL);
        assertRefused(() -> statement.deliver(byEmail, ZONE, NOW.plusSeconds(180)), "statements.refused.delivered");
    }

    @Test
    void aStatementWhoseDeadlinePassedIsDeliveredAsClosedAtItsDeadline() {
        SignOnStatement statement = opened(TEXT);
        Instant later = NOW.plus(Duration.ofDays(4));
        statement.deliver(new Delivery("The Senate", DeliveryMethod.IN_PERSON, TODAY.plusDays(3)), ZONE, later);
        assertThat(statement.state(later)).isEqualTo(StatementState.DELIVERED);
        assertThat(statement.closedAt(later)).isEqualTo(TODAY.plusDays(2).atStartOfDay(ZONE).toInstant());
    }

    @Test
    void draftsAreReadByOwnersAndParticipantsAndOpenStatementsAsTheirOwnersChose() {
        Reader visitor = Reader.VISITOR;
        Reader member = new Reader(true, false, false);
        Reader owner = new Reader(true, true, false);
        Reader participant = new Reader(true, false, true);
        SignOnStatement draft = new SignOnStatement(3L, TEXT, NOW);
        assertThat(draft.readableBy(visitor)).isFalse();
        assertThat(draft.readableBy(member)).isFalse();
        assertThat(draft.readableBy(owner)).isTrue();
        assertThat(draft.readableBy(participant)).isTrue();
        assertThat(draft.isPublic()).isFalse();

        SignOnStatement members = opened(new StatementDraft("Members", "DHS", "Text", StatementVisibility.MEMBERS,
                false));
        assertThat(members.readableBy(visitor)).isFalse();
        assertThat(members.readableBy(member)).isTrue();
        assertThat(members.isPublic()).isFalse();
        SignOnStatement everyone = opened(TEXT);
        assertThat(everyone.readableBy(visitor)).isTrue();
        assertThat(everyone.isPublic()).isTrue();
    }

    /** Opened today, with tomorrow as its deadline. */
    private static SignOnStatement opened(StatementDraft text) {
        SignOnStatement statement = new SignOnStatement(null, text, NOW);
        statement.open(TODAY.plusDays(1), ZONE, NOW);
        return statement;
    }

    private static Signer organization(long id) {
        return Signer.organization(id, "Organization " + id, "IL", null, UUID.randomUUID());
    }

    private static void assertRefused(ThrowingCallable step, String key) {
        assertThatThrownBy(step).isInstanceOf(StatementTransitionException.class).hasMessage(key);
    }
}
