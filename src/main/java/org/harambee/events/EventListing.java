package org.harambee.events;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.events.EventQuery.Facet;
import org.harambee.events.EventQuery.Mode;

/**
 * The events list one reader sees for one address: the events that match every facet, coming and past, the facets
 * with how many events each value would leave (counted over the events matching the other facets), the chosen
 * values as chips, the values that name nothing (ignored, and said so), and the month view (of the month chosen, or
 * the present one) or the address that shows it.
 */
public record EventListing(EventQuery query, List<Chip> chips, List<FacetGroup> facets, List<EventView> coming,
        List<EventView> past, MonthGrid month, String monthViewHref, List<String> ignored) {

    /** A chosen value, with the address that removes it. */
    public record Chip(String label, String removeHref) {
    }

    /** A facet and its values. */
    public record FacetGroup(String legend, List<Choice> choices) {
    }

    /** A value of a facet: how many events it would leave, whether it is chosen, the address that toggles it. */
    public record Choice(String label, long count, boolean selected, String href) {
    }

    /** A month as weeks of days (Sunday first), each day with the events on it; the months before and after. */
    public record MonthGrid(String title, List<String> weekdays, List<List<Day>> weeks, String previous,
            String previousTitle, String next, String nextTitle) {
    }

    /** A day of the month view: outside the month (a blank), or with the events happening on it; today or not. */
    public record Day(LocalDate date, boolean inMonth, String label, List<EventView> events, boolean today) {
    }

    /** The words a listing needs, in the reader's language. */
    interface Words {
        String t(String key);

        String issueArea(Long id);
    }

    static EventListing of(List<Event> visible, EventQuery query, Set<Long> knownAreas, Words words, Locale locale,
            Instant now, ZoneId home) {
        Map<Facet, List<String>> valid = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (Map.Entry<Facet, String> chosen : query.every()) {
            if (names(chosen.getKey(), chosen.getValue(), knownAreas)) {
                valid.computeIfAbsent(chosen.getKey(), facet -> new ArrayList<>()).add(chosen.getValue());
            } else {
                ignored.add(chosen.getValue());
            }
        }
        Function<Facet, Function<String, String>> label = facet -> value -> label(facet, value, words, locale);
        List<Chip> chips = new ArrayList<>();
        valid.forEach((facet, values) -> values.forEach(value -> chips.add(
                new Chip(label.apply(facet).apply(value), query.toggled(facet, value)))));
        List<FacetGroup> facets = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            visible.stream().filter(event -> matchesAllBut(event, facet, valid))
                    .forEach(event -> values(facet, event).forEach(value -> counts.merge(value, 1L, Long::sum)));
            valid.getOrDefault(facet, List.of()).forEach(value -> counts.putIfAbsent(value, 0L));
            List<Choice> choices = counts.entrySet().stream()
                    .sorted(order(facet, label.apply(facet)))
                    .map(count -> new Choice(label.apply(facet).apply(count.getKey()), count.getValue(),
                            query.chose(facet, count.getKey()), query.toggled(facet, count.getKey())))
                    .toList();
            if (!choices.isEmpty()) {
                facets.add(new FacetGroup(words.t("events.facet." + facet.param()), choices));
            }
        }
        List<Event> matching = visible.stream().filter(event -> matchesAllBut(event, null, valid)).toList();
        List<EventView> coming = matching.stream().filter(event -> event.endsAt().isAfter(now))
                .sorted(Comparator.comparing(Event::startsAt)).map(event -> new EventView(event, locale)).toList();
        List<EventView> past = matching.stream().filter(event -> !event.endsAt().isAfter(now))
                .sorted(Comparator.comparing(Event::startsAt).reversed()).map(event -> new EventView(event, locale))
                .toList();
        YearMonth shown = query.month().orElse(YearMonth.from(now.atZone(home)));
        MonthGrid month = query.monthView() ? grid(shown, matching, query, locale, LocalDate.ofInstant(now, home))
                : null;
        return new EventListing(query, chips, facets, coming, past, month, query.monthView(shown), ignored);
    }

    /** Whether {@code value} names something of {@code facet}. */
    private static boolean names(Facet facet, String value, Set<Long> knownAreas) {
        return switch (facet) {
            case KIND -> Arrays.stream(EventKind.values()).anyMatch(kind -> param(kind).equals(value));
            case AREA -> value.matches("\\d{1,18}") && knownAreas.contains(Long.valueOf(value));
            case MONTH -> EventQuery.month(value).isPresent();
            case MODE -> Arrays.stream(Mode.values()).anyMatch(mode -> mode.value().equals(value));
            case LANGUAGE -> value.equals("en") || value.equals("es");
        };
    }

    private static boolean matchesAllBut(Event event, Facet left, Map<Facet, List<String>> valid) {
        for (Map.Entry<Facet, List<String>> chosen : valid.entrySet()) {
            if (chosen.getKey() != left && chosen.getValue().stream().noneMatch(values(chosen.getKey(), event)::contains)) {
                return false;
            }
        }
        return true;
    }

    /** The values of {@code facet} this event has. */
    private static Set<String> values(Facet facet, Event event) {
        return switch (facet) {
            case KIND -> Set.of(param(event.kind()));
            case AREA -> event.issueAreas().stream().map(String::valueOf).collect(Collectors.toSet());
            case MONTH -> months(event);
            case MODE -> Arrays.stream(Mode.values()).filter(mode -> mode.of(event)).map(Mode::value)
                    .collect(Collectors.toSet());
            case LANGUAGE -> Set.of("en", "es").stream().filter(event.language()::spoken).collect(Collectors.toSet());
        };
    }

    /** The months it happens in, in its own time zone. */
    private static Set<String> months(Event event) {
        Set<String> months = new TreeSet<>();
        YearMonth last = YearMonth.from(event.endsAt().atZone(event.zone()));
        for (YearMonth month = YearMonth.from(event.startsAt().atZone(event.zone())); !month.isAfter(last);
                month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        return months;
    }

    static String param(EventKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String label(Facet facet, String value, Words words, Locale locale) {
        return switch (facet) {
            case KIND -> words.t("events.kind." + value.toUpperCase(Locale.ROOT));
            case AREA -> words.issueArea(Long.valueOf(value));
            case MONTH -> monthTitle(YearMonth.parse(value), locale);
            case MODE -> words.t("events.mode." + value);
            case LANGUAGE -> words.t("events.language." + value);
        };
    }

    private static Comparator<Map.Entry<String, Long>> order(Facet facet, Function<String, String> label) {
        if (facet == Facet.MONTH || facet == Facet.KIND || facet == Facet.MODE || facet == Facet.LANGUAGE) {
            return Map.Entry.comparingByKey();
        }
        return Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(entry -> label.apply(entry.getKey()));
    }

    private static String monthTitle(YearMonth month, Locale locale) {
        String title = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
        return title.substring(0, 1).toUpperCase(locale) + title.substring(1);
    }

    private static MonthGrid grid(YearMonth month, List<Event> matching, EventQuery query, Locale locale,
            LocalDate today) {
        LocalDate first = month.atDay(1);
        LocalDate start = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        LocalDate end = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        List<List<Day>> weeks = new ArrayList<>();
        DateTimeFormatter dayLabel = DateTimeFormatter.ofPattern("EEE d", locale);
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weeks.add(new ArrayList<>());
            }
            LocalDate date = day;
            boolean inMonth = YearMonth.from(day).equals(month);
            List<EventView> on = inMonth ? matching.stream().filter(event -> happensOn(event, date))
                    .sorted(Comparator.comparing(Event::startsAt)).map(event -> new EventView(event, locale)).toList()
                    : List.of();
            weeks.get(weeks.size() - 1).add(new Day(day, inMonth, dayLabel.format(day), on, day.equals(today)));
        }
        List<String> weekdays = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            weekdays.add(DayOfWeek.SUNDAY.plus(i).getDisplayName(TextStyle.SHORT, locale));
        }
        return new MonthGrid(monthTitle(month, locale), weekdays, weeks, query.monthView(month.minusMonths(1)),
                monthTitle(month.minusMonths(1), locale), query.monthView(month.plusMonths(1)),
                monthTitle(month.plusMonths(1), locale));
    }

    /** Whether it happens on this day, in its own time zone. */
    private static boolean happensOn(Event event, LocalDate day) {
        LocalDate first = event.startsAt().atZone(event.zone()).toLocalDate();
        LocalDate last = event.endsAt().atZone(event.zone()).toLocalDate();
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
