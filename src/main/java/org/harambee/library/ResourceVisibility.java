package org.harambee.library;

import org.springframework.modulith.NamedInterface;

/** Who may find and download a published resource. */
@NamedInterface(name = "seeding", propagate = false)
public enum ResourceVisibility {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Members of the network (any signed-in account with a role). */
    MEMBERS,
    /** The people taking part in one working group (and staff, who review the library). */
    GROUP
}
