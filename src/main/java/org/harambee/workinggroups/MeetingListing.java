package org.harambee.workinggroups;

import java.time.ZonedDateTime;

/** A meeting as the group's page lists it: its title and when it starts, in the zone it is held in. */
public record MeetingListing(Long id, String title, ZonedDateTime start) {

    static MeetingListing of(Meeting meeting) {
        return new MeetingListing(meeting.id(), meeting.title(), meeting.start());
    }
}
