package org.harambee.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.harambee.site.Refusal;
import org.junit.jupiter.api.Test;

/** The rules of one registration and of an event's seats, with the clock in the test's hands. */
class RegistrationRulesTests {

    private static final Instant NOW = Instant.parse("2027-03-01T15:00:00Z");

    private static Event event(Integer capacity) {
        EventForm form = new EventForm();
        form.setTitleEn("Training");
        form.setKind(EventKind.TRAINING);
        form.setTimeZone("America/Chicago");
        form.setStartsAt(LocalDateTime.parse("2027-03-10T09:00"));
        form.setEndsAt(LocalDateTime.parse("2027-03-10T17:00"));
        form.setPlace("Chicago");
        form.setVisibility(EventVisibility.PUBLIC);
        form.setCapacity(capacity);
        form.setRegistrationOpens(LocalDateTime.parse("2027-02-01T09:00"));
        form.setRegistrationCloses(LocalDateTime.parse("2027-03-01T18:00"));
        return new Event("training", form, Set.of(), UUID.randomUUID(), NOW);
    }

    private static Registration waiting(Event event) {
        return new Registration(event, null, UUID.randomUUID(), "Ana", "ana@example.org", Locale.ENGLISH, false, NOW);
    }

    @Test
    void anEventWithoutCapacityAlwaysHasASeatAndOneWithCapacityCountsTheSeatsHeld() {
        assertThat(event(null).seatFree(1_000)).isTrue();
        assertThat(event(2).seatFree(1)).isTrue();
        assertThat(event(2).seatFree(2)).isFalse();
    }

    @Test
    void anOfferLastsADayOrUntilRegistrationClosesIfSooner() {
        Event event = event(2);
        assertThat(event.offerUntil(NOW.minus(Duration.ofDays(3)))).isEqualTo(NOW.minus(Duration.ofDays(2)));
        assertThat(event.offerUntil(NOW)).isEqualTo(event.registrationCloses());
        assertThat(event.registrationCloses()).isEqualTo(Instant.parse("2027-03-02T00:00:00Z"));
    }

    @Test
    void anOfferIsTakenInTimeOrLapsesAndALapsedOfferCannotBeTaken() {
        Event event = event(1);
        Registration first = waiting(event);
        first.offer(NOW.plus(Duration.ofHours(2)));
        first.take(NOW.plus(Duration.ofHours(1)));
        assertThat(first.status()).isEqualTo(RegistrationStatus.CONFIRMED);

        Registration late = waiting(event);
        late.offer(NOW.plus(Duration.ofHours(2)));
        assertThat(late.lapse(NOW.plus(Duration.ofHours(1)))).isFalse();
        assertThatThrownBy(() -> late.take(NOW.plus(Duration.ofHours(2)))).isInstanceOf(Refusal.class)
                .hasMessage("events.offer.expired");
        assertThat(late.lapse(NOW.plus(Duration.ofHours(2)))).isTrue();
        assertThat(late.status()).isEqualTo(RegistrationStatus.LAPSED);
        assertThatThrownBy(() -> late.take(NOW)).hasMessage("events.offer.notOffered");
    }

    @Test
    void cancellingSaysWhetherASeatWasFreedAndOnlyTheConfirmedAreCheckedIn() {
        Event event = event(1);
        Registration confirmed = new Registration(event, null, UUID.randomUUID(), "Ben", "ben@example.org",
                Locale.ENGLISH, true, NOW);
        Registration queued = waiting(event);
        assertThatThrownBy(() -> queued.checkIn(NOW)).hasMessage("events.checkIn.notConfirmed");
        confirmed.checkIn(NOW);
        confirmed.checkIn(NOW.plusSeconds(60));
        assertThat(confirmed.checkedInAt()).isEqualTo(NOW);
        assertThat(queued.cancel()).isFalse();
        assertThat(confirmed.cancel()).isTrue();
        assertThatThrownBy(confirmed::cancel).hasMessage("events.registration.notActive");
        confirmed.renew(null, "Ben", Locale.ENGLISH, false, NOW.plusSeconds(120));
        assertThat(confirmed.status()).isEqualTo(RegistrationStatus.WAITING);
        assertThatThrownBy(() -> confirmed.renew(null, "Ben", Locale.ENGLISH, true, NOW)).hasMessage(
                "events.registration.already");
    }

    @Test
    void datesAreCheckedAtTheirFields() {
        EventForm form = event(1).asForm();
        form.setEndsAt(form.getStartsAt().minusHours(1));
        form.setRegistrationCloses(form.getStartsAt().plusDays(2));
        form.setPlace(null);
        assertThatThrownBy(() -> new Event("x", form, Set.of(), UUID.randomUUID(), NOW)).isInstanceOf(Refusal.class)
                .satisfies(refusal -> assertThat(((Refusal) refusal).problems()).extracting(Refusal.Problem::field)
                        .containsExactly("endsAt", "registrationCloses", "place"));
    }
}
