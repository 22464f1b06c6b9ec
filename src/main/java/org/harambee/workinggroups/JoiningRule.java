package org.harambee.workinggroups;

/** How one takes part: open to any member who joins, or by request that a convener approves. */
public enum JoiningRule {
    OPEN, BY_REQUEST
}
