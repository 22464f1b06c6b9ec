package org.harambee.workinggroups;

import org.springframework.modulith.NamedInterface;

/** How one takes part: open to any member who joins, or by request that a convener approves. */
@NamedInterface(name = "seeding", propagate = false)
public enum JoiningRule {
    OPEN, BY_REQUEST
}
