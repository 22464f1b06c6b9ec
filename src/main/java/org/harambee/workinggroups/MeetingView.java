package org.harambee.workinggroups;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * A meeting as its group's pages and its calendar file show it: when (in the zone it is held in) and for how long,
 * where or on which call, its agenda and notes (Markdown and rendered).
 */
public record MeetingView(Long id, String title, ZonedDateTime start, Instant startsAt, Instant endsAt, int minutes,
        String place, String callLink, String agenda, String agendaHtml, String notes, String notesHtml) {

    static MeetingView of(Meeting meeting) {
        return new MeetingView(meeting.id(), meeting.title(), meeting.start(), meeting.startsAt(), meeting.endsAt(),
                meeting.minutes(), meeting.place(), meeting.callLink(), meeting.agenda(), meeting.agendaHtml(),
                meeting.notes(), meeting.notesHtml());
    }
}
