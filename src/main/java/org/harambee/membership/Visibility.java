package org.harambee.membership;

import org.springframework.modulith.NamedInterface;

/** Who may see one piece of information: anyone, members of the network, or network staff only. */
@NamedInterface(name = "api", propagate = false)
public enum Visibility {
    PUBLIC, MEMBERS, STAFF;

    /** Whether a viewer cleared up to {@code clearance} may see something with this visibility. */
    public boolean shownTo(Visibility clearance) {
        return ordinal() <= clearance.ordinal();
    }
}
