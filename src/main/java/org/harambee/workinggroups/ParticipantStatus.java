package org.harambee.workinggroups;

/** Where a participant stands: taking part, asking to, or invited by a convener and yet to accept. */
public enum ParticipantStatus {
    ACTIVE, REQUESTED, INVITED
}
