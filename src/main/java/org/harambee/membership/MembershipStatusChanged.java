package org.harambee.membership;

/** A member's status changed (lapsed, renewed, suspended, reinstated, withdrew). */
public record MembershipStatusChanged(long memberId, MemberKind kind, MembershipStatus from, MembershipStatus to) {
}
