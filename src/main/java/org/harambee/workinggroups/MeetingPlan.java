package org.harambee.workinggroups;

import java.time.ZonedDateTime;
import org.springframework.modulith.NamedInterface;

/** Plans for a meeting. */
@NamedInterface(name = "seeding", propagate = false)
public record MeetingPlan(String title, ZonedDateTime start, int minutes, String place, String callLink,
        String agenda) {
}
