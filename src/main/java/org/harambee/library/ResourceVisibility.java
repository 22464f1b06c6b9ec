package org.harambee.library;

/** Who may find and download a published resource. Working-group visibility joins once groups exist. */
public enum ResourceVisibility {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Members of the network (any signed-in account with a role). */
    MEMBERS
}
