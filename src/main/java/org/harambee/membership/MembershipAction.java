package org.harambee.membership;

/** What happened in a membership's history. */
public enum MembershipAction {
    APPLIED, REGISTERED, APPROVED, RENEWED, LAPSED, SUSPENDED, REINSTATED, WITHDREW
}
