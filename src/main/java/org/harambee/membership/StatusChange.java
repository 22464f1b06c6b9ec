package org.harambee.membership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step in a member's history: who moved it from which status to which, when and why ({@code from} is null for
 * the first step; {@code reason} may be null); {@code previousRenewalDate} is the renewal date before the step.
 */
public record StatusChange(Instant occurredAt, String actor, MembershipAction action, MembershipStatus from,
        MembershipStatus to, String reason, LocalDate previousRenewalDate) {
}
