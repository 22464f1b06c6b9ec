package org.harambee.events;

import org.springframework.modulith.NamedInterface;

/** Who may find an event and register for it. */
@NamedInterface(name = "seeding", propagate = false)
public enum EventVisibility {
    /** Anyone may read it; members register. */
    PUBLIC,
    /** Members of the network alone. */
    MEMBERS,
    /** The people taking part in the hosting working group alone (and staff, unless the group is private to them). */
    GROUP
}
