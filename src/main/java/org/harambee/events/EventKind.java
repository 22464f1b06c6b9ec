package org.harambee.events;

import org.springframework.modulith.NamedInterface;

/** What kind of gathering an event is. */
@NamedInterface(name = "seeding", propagate = false)
public enum EventKind {
    CONFERENCE, TRAINING, WEBINAR, CONSULTATION, ACTION
}
