package org.harambee.events;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.harambee.site.RichText;
import org.harambee.site.StructuredData;

/** An event as a page shows it to one reader: its times in its own time zone, its description as safe HTML. */
public record EventView(Event event, Locale locale) {

    /** When it happens, in its time zone, whose name follows the times. */
    public String when() {
        ZoneId zone = event.zone();
        DateTimeFormatter full = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        boolean sameDay = event.startsAt().atZone(zone).toLocalDate().equals(event.endsAt().atZone(zone).toLocalDate());
        String end = sameDay ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone)
                .format(event.endsAt()) : full.format(event.endsAt());
        return full.format(event.startsAt()) + " – " + end + " (" + zone.getId() + ")";
    }

    /** A moment in the event's time zone. */
    public String at(Instant moment) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(event.zone()).format(moment);
    }

    public String title() {
        return event.title(locale);
    }

    /** Its description as sanitized HTML, or null. */
    public String description() {
        String markdown = event.description(locale);
        return markdown == null ? null : RichText.page(markdown);
    }

    /**
     * The event as schema.org JSON-LD for search engines and link previews: its times with their offset, how one
     * attends, where (the page, never the private online link, for an online event), whether it is cancelled.
     */
    public String jsonLd(String url, String network, String networkUrl) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Event");
        data.put("name", title());
        String about = event.description(locale);
        if (about != null) {
            data.put("description", about);
        }
        data.put("url", url);
        data.put("startDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.startsAt().atZone(event.zone())));
        data.put("endDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.endsAt().atZone(event.zone())));
        data.put("eventStatus", "https://schema.org/" + (event.cancelled() ? "EventCancelled" : "EventScheduled"));
        data.put("eventAttendanceMode", "https://schema.org/" + (event.online() && event.inPerson()
                ? "MixedEventAttendanceMode" : event.online() ? "OnlineEventAttendanceMode"
                : "OfflineEventAttendanceMode"));
        List<Map<String, Object>> locations = new ArrayList<>();
        if (event.inPerson()) {
            locations.add(Map.of("@type", "Place", "name", event.place(), "address", event.place()));
        }
        if (event.online()) {
            locations.add(Map.of("@type", "VirtualLocation", "url", url));
        }
        data.put("location", locations.size() == 1 ? locations.get(0) : locations);
        data.put("inLanguage", Stream.of("en", "es").filter(event.language()::spoken).toList());
        data.put("organizer", Map.of("@type", "Organization", "name", network, "url", networkUrl));
        return StructuredData.jsonLd(data);
    }
}
