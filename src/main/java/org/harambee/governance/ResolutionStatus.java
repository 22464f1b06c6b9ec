package org.harambee.governance;

/** Where a resolution is: submitted (seconded or not), being voted on, adopted or rejected. */
public enum ResolutionStatus {
    SUBMITTED, VOTING, ADOPTED, REJECTED
}
