package org.harambee.site;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.modulith.NamedInterface;

/**
 * Writes iCalendar text (RFC 5545) for any calendar program: content lines folded at 75 octets and ended by CRLF,
 * TEXT values escaped, times in UTC, and all-day events whose end is the day after their last day.
 */
@NamedInterface(name = "api", propagate = false)
public final class ICalendar {

    /** The media type of an iCalendar file or feed. */
    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private static final int LINE_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private ICalendar() {
    }

    /** Opens a calendar published by {@code productId} (the PRODID, such as {@code -//Harambee//Reviews//EN}). */
    public static void begin(StringBuilder ics, String productId) {
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:" + productId);
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
    }

    public static void end(StringBuilder ics) {
        line(ics, "END:VCALENDAR");
    }

    /**
     * An event lasting whole days, {@code first} to {@code last} included (DTEND is the day after, as RFC 5545
     * counts it); {@code description} may be null.
     */
    public static void allDayEvent(StringBuilder ics, String uid, Instant stamp, LocalDate first, LocalDate last,
            String summary, String description, String url) {
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid);
        line(ics, "DTSTAMP:" + utc(stamp));
        line(ics, "DTSTART;VALUE=DATE:" + date(first));
        line(ics, "DTEND;VALUE=DATE:" + date(last.plusDays(1)));
        line(ics, "SUMMARY:" + text(summary));
        if (description != null) {
            line(ics, "DESCRIPTION:" + text(description));
        }
        line(ics, "TRANSP:TRANSPARENT");
        line(ics, "URL:" + url);
        line(ics, "END:VEVENT");
    }

    /**
     * An event from {@code start} to {@code end} (in UTC); {@code location} and {@code description} may be null; a
     * cancelled one says so (STATUS:CANCELLED), so that calendars subscribed to a feed take it out.
     */
    public static void timedEvent(StringBuilder ics, String uid, Instant stamp, Instant start, Instant end,
            String summary, String location, String description, String url, boolean cancelled) {
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid);
        line(ics, "DTSTAMP:" + utc(stamp));
        line(ics, "DTSTART:" + utc(start));
        line(ics, "DTEND:" + utc(end));
        line(ics, "SUMMARY:" + text(summary));
        if (location != null) {
            line(ics, "LOCATION:" + text(location));
        }
        if (description != null) {
            line(ics, "DESCRIPTION:" + text(description));
        }
        if (cancelled) {
            line(ics, "STATUS:CANCELLED");
        }
        line(ics, "URL:" + url);
        line(ics, "END:VEVENT");
    }

    /** A DATE-TIME value in UTC, such as {@code 20261005T140000Z}. */
    public static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** A DATE value, such as {@code 20261005}. */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
    public static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace("\r", "\n").replace("\n", "\\n");
    }

    /** Appends a content line, folded so no line is longer than 75 octets, never splitting a character. */
    public static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
