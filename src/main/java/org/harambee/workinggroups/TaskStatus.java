package org.harambee.workinggroups;

/** Where a group's task stands. */
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE
}
