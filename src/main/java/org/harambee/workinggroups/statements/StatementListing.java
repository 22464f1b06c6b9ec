package org.harambee.workinggroups.statements;

import java.time.Instant;

/** A statement in the list: its state now, when signatures stopped (null while open) and how many it has. */
public record StatementListing(StatementText statement, StatementState state, Instant closedAt, long signatures) {
}
