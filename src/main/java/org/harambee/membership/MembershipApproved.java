package org.harambee.membership;

/** Staff approved an application: the organization or individual is now an active member. */
public record MembershipApproved(long memberId, MemberKind kind, String name) {
}
