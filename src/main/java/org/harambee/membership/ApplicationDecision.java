package org.harambee.membership;

import java.time.Instant;

/** One step of an application's review: who decided what, when, and why. */
public record ApplicationDecision(Instant decidedAt, String decidedBy, ApplicationStatus outcome, String reason) {
}
