package org.harambee.library;

/** Who may find and download a published resource. */
public enum ResourceVisibility {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Members of the network (any signed-in account with a role). */
    MEMBERS,
    /** The people taking part in one working group (and staff, who review the library). */
    GROUP
}
