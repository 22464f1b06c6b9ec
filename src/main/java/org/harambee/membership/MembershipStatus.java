package org.harambee.membership;

/** Where a member stands with the network. Transitions are guarded by {@link Member}. */
public enum MembershipStatus {
    APPLICANT, ACTIVE, LAPSED, SUSPENDED, WITHDRAWN
}
