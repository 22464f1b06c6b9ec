package org.harambee.workinggroups;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A meeting as an iCalendar file (RFC 5545) for any calendar program: times in UTC, text escaped, lines folded at
 * 75 octets.
 */
final class MeetingCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private MeetingCalendar() {
    }

    static String ics(Meeting meeting, WorkingGroup group, String pageUrl, String host, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Harambee//Working groups//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:meeting-" + meeting.id() + "@" + host);
        line(ics, "DTSTAMP:" + UTC.format(now));
        line(ics, "DTSTART:" + UTC.format(meeting.startsAt()));
        line(ics, "DTEND:" + UTC.format(meeting.endsAt()));
        line(ics, "SUMMARY:" + text(meeting.title() + " · " + group.name()));
        String where = meeting.place() != null ? meeting.place() : meeting.callLink();
        if (where != null) {
            line(ics, "LOCATION:" + text(where));
        }
        StringBuilder description = new StringBuilder();
        if (meeting.callLink() != null) {
            description.append(meeting.callLink()).append("\n\n");
        }
        if (meeting.agenda() != null) {
            description.append(meeting.agenda()).append("\n\n");
        }
        description.append(pageUrl);
        line(ics, "DESCRIPTION:" + text(description.toString()));
        line(ics, "URL:" + pageUrl);
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace("\r", "\n").replace("\n", "\\n");
    }

    /** Appends a content line, folded so no line is longer than 75 octets, never splitting a character. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
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
