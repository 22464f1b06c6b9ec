package org.harambee.events;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.harambee.site.RichText;

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
}
