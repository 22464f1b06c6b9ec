package org.harambee.workinggroups;

import static org.harambee.site.ICalendar.line;
import static org.harambee.site.ICalendar.text;
import static org.harambee.site.ICalendar.utc;

import java.time.Instant;
import org.harambee.site.ICalendar;

/**
 * A meeting as an iCalendar file (RFC 5545) for any calendar program: times in UTC, text escaped, lines folded at
 * 75 octets.
 */
final class MeetingCalendar {

    private MeetingCalendar() {
    }

    static String ics(MeetingView meeting, GroupSummary group, String pageUrl, String host, Instant now) {
        StringBuilder ics = new StringBuilder();
        ICalendar.begin(ics, "-//Harambee//Working groups//EN");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:meeting-" + meeting.id() + "@" + host);
        line(ics, "DTSTAMP:" + utc(now));
        line(ics, "DTSTART:" + utc(meeting.startsAt()));
        line(ics, "DTEND:" + utc(meeting.endsAt()));
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
        ICalendar.end(ics);
        return ics.toString();
    }
}
