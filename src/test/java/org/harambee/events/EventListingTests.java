package org.harambee.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.harambee.events.EventListing.Choice;
import org.harambee.events.EventListing.Day;
import org.harambee.events.EventListing.FacetGroup;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** How the events list narrows, counts and lays out a month, whatever events it is given. */
class EventListingTests {

    private static final Instant NOW = Instant.parse("2027-03-01T15:00:00Z");
    private static final EventListing.Words WORDS = new EventListing.Words() {
        @Override
        public String t(String key) {
            return key;
        }

        @Override
        public String issueArea(Long id) {
            return "area " + id;
        }
    };

    private static Event event(String title, EventKind kind, String starts, String ends, String place, String link,
            EventLanguage language, Long area) {
        EventForm form = new EventForm();
        form.setTitleEn(title);
        form.setKind(kind);
        form.setLanguage(language);
        form.setTimeZone("America/Los_Angeles");
        form.setStartsAt(LocalDateTime.parse(starts));
        form.setEndsAt(LocalDateTime.parse(ends));
        form.setPlace(place);
        form.setOnlineLink(link);
        form.setVisibility(EventVisibility.PUBLIC);
        form.setRegistrationOpens(LocalDateTime.parse("2027-01-01T09:00"));
        form.setRegistrationCloses(LocalDateTime.parse(starts));
        form.setIssueAreas(List.of(area));
        return new Event(title.toLowerCase(Locale.ROOT), form, Set.of(), UUID.randomUUID(), NOW);
    }

    private static final List<Event> EVENTS = List.of(
            event("Webinar", EventKind.WEBINAR, "2027-03-10T09:00", "2027-03-10T10:00", null, "https://meet.example.org/w",
                    EventLanguage.ES, 1L),
            event("Training", EventKind.TRAINING, "2027-03-31T18:00", "2027-04-01T17:00", "Hall", null,
                    EventLanguage.EN_ES, 2L),
            event("Hybrid", EventKind.TRAINING, "2027-04-20T09:00", "2027-04-20T12:00", "Hall",
                    "https://meet.example.org/h", EventLanguage.EN, 1L),
            event("Convening", EventKind.CONFERENCE, "2027-01-05T09:00", "2027-01-06T17:00", "Hall", null,
                    EventLanguage.EN, 2L));

    private static EventListing listing(String... params) {
        MultiValueMap<String, String> address = new LinkedMultiValueMap<>();
        for (int i = 0; i < params.length; i += 2) {
            address.add(params[i], params[i + 1]);
        }
        return EventListing.of(EVENTS, EventQuery.of(address), Set.of(1L, 2L), WORDS, Locale.ENGLISH, NOW,
                ZoneId.of("America/Chicago"));
    }

    private static List<String> titles(EventListing listing) {
        return Stream.concat(listing.coming().stream(), listing.past().stream())
                .map(EventView::title).toList();
    }

    private static FacetGroup facet(EventListing listing, String legend) {
        return listing.facets().stream().filter(group -> group.legend().equals("events.facet." + legend)).findFirst()
                .orElseThrow();
    }

    @Test
    void valuesOfOneFacetWidenAndFacetsNarrowEachOther() {
        assertThat(titles(listing("kind", "training", "kind", "webinar"))).containsExactlyInAnyOrder("Webinar",
                "Training", "Hybrid");
        assertThat(titles(listing("kind", "training", "area", "1"))).containsExactly("Hybrid");
        assertThat(titles(listing("mode", "online"))).containsExactlyInAnyOrder("Webinar", "Hybrid");
        assertThat(titles(listing("mode", "in-person"))).containsExactlyInAnyOrder("Training", "Hybrid",
                "Convening");
        assertThat(titles(listing("language", "es"))).containsExactlyInAnyOrder("Webinar", "Training");
    }

    @Test
    void aFacetCountsOverTheEventsTheOtherFacetsLeaveSoItsOtherValuesStayChoosable() {
        EventListing kinds = listing("kind", "training", "area", "1");
        assertThat(facet(kinds, "kind").choices()).extracting(Choice::label, Choice::count, Choice::selected)
                .contains(tuple("events.kind.TRAINING", 1L, true),
                        tuple("events.kind.WEBINAR", 1L, false));
        assertThat(facet(kinds, "area").choices()).extracting(Choice::label, Choice::count)
                .contains(tuple("area 1", 1L),
                        tuple("area 2", 1L));
    }

    @Test
    void anEventAcrossTheEndOfAMonthIsInBothMonthsOnEachOfItsDays() {
        assertThat(titles(listing("month", "2027-04"))).containsExactlyInAnyOrder("Training", "Hybrid");
        EventListing april = listing("view", "month", "month", "2027-04");
        List<Day> days = april.month().weeks().stream().flatMap(List::stream).filter(Day::inMonth).toList();
        assertThat(days).hasSize(30);
        assertThat(days.get(0).events()).extracting(EventView::title).containsExactly("Training");
        assertThat(days.get(19).events()).extracting(EventView::title).containsExactly("Hybrid");
        assertThat(april.month().weeks()).allSatisfy(week -> assertThat(week).hasSize(7));
        assertThat(april.month().weeks().get(0).get(0).date().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(april.month().previous()).contains("month=2027-03", "view=month");
    }

    @Test
    void valuesThatNameNothingAreIgnoredAndSaidSoAndTheListStaysWhole() {
        EventListing listing = listing("kind", "party", "area", "99", "month", "2027-13", "mode", "x",
                "language", "fr");
        assertThat(listing.ignored()).containsExactly("party", "99", "2027-13", "x", "fr");
        assertThat(titles(listing)).hasSize(4);
        assertThat(listing("view", "month").month().title()).isEqualTo("March 2027");
    }

    @Test
    void comingEventsComeSoonestFirstAndPastOnesLatestFirst() {
        EventListing listing = listing();
        assertThat(listing.coming()).extracting(EventView::title).containsExactly("Webinar", "Training", "Hybrid");
        assertThat(listing.past()).extracting(EventView::title).containsExactly("Convening");
    }
}
