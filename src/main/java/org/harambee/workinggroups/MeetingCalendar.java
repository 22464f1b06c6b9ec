package org.harambee.workinggroups;

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
        String where = meeting.place() != null ? meeting.place() : meeting.callLink();
        StringBuilder description = new StringBuilder();
        if (meeting.callLink() != null) {
            description.append(meeting.callLink()).append("\n\n");
        }
        if (meeting.agenda() != null) {
            description.append(meeting.agenda()).append("\n\n");
        }
        description.append(pageUrl);
        ICalendar.timedEvent(ics, "meeting-" + meeting.id() + "@" + host, now, meeting.startsAt(), meeting.endsAt(),
                meeting.title() + " · " + group.name(), where, description.toString(), pageUrl, false);
        ICalendar.end(ics);
        return ics.toString();
    }
}
