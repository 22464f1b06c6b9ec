package org.harambee.events;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harambee.search.SearchAddress;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The events a reader asks for, as the address says it: the chosen kinds, issue areas, months, ways to attend and
 * languages (each a facet, its own parameter, repeated), and whether they want the month view. The same address
 * after {@code /events/calendar.ics} is a calendar feed of the same events.
 */
public record EventQuery(Map<EventQuery.Facet, List<String>> chosen, boolean monthView) {

    static final String PATH = "/events";
    static final String FEED = "/events/calendar.ics";
    /** The longest facet value kept. */
    private static final int MAX_VALUE = 20;

    /** The facets of the events list, named as their address parameters. */
    public enum Facet {
        KIND("kind"), AREA("area"), MONTH("month"), MODE("mode"), LANGUAGE("language");

        private final String param;

        Facet(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }
    }

    /** How one attends: at a place, or online (a hybrid event is both). */
    public enum Mode {
        IN_PERSON("in-person"), ONLINE("online");

        private final String value;

        Mode(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }

        boolean of(Event event) {
            return this == ONLINE ? event.online() : event.inPerson();
        }
    }

    static EventQuery of(MultiValueMap<String, String> params) {
        return new EventQuery(SearchAddress.chosen(params, Facet.class, Facet::param, MAX_VALUE),
                "month".equals(params.getFirst("view")));
    }

    List<String> values(Facet facet) {
        return chosen.getOrDefault(facet, List.of());
    }

    boolean chose(Facet facet, String value) {
        return values(facet).contains(value);
    }

    /** The first month chosen that is a month ({@code 2026-12}). */
    Optional<YearMonth> month() {
        return values(Facet.MONTH).stream().flatMap(value -> month(value).stream()).findFirst();
    }

    static Optional<YearMonth> month(String value) {
        try {
            return value.matches("\\d{4}-\\d{2}") ? Optional.of(YearMonth.parse(value)) : Optional.empty();
        } catch (DateTimeParseException notAMonth) {
            return Optional.empty();
        }
    }

    /** This list with {@code value} of {@code facet} added or removed. */
    public String toggled(Facet facet, String value) {
        return address(PATH, SearchAddress.toggled(chosen, facet, value), monthView);
    }

    /** This list as a month view of {@code month} (the other choices kept). */
    public String monthView(YearMonth month) {
        Map<Facet, List<String>> next = new LinkedHashMap<>(chosen);
        next.put(Facet.MONTH, List.of(month.toString()));
        return address(PATH, next, true);
    }

    /** This list as a list (the other choices kept). */
    public String listView() {
        return address(PATH, chosen, false);
    }

    /** The calendar feed of the events of this list. */
    public String feed() {
        return address(FEED, chosen, false);
    }

    private static String address(String path, Map<Facet, List<String>> chosen, boolean month) {
        String address = SearchAddress.address(path, "", chosen, Facet::param, null, 0);
        return month ? UriComponentsBuilder.fromUriString(address).queryParam("view", "month").build().toUriString()
                : address;
    }

    /** Every value chosen, as facet and value, in the order of the facets. */
    List<Map.Entry<Facet, String>> every() {
        List<Map.Entry<Facet, String>> every = new ArrayList<>();
        chosen.forEach((facet, values) -> values.forEach(value -> every.add(Map.entry(facet, value))));
        return every;
    }
}
