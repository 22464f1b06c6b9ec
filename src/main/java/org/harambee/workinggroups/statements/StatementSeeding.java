package org.harambee.workinggroups.statements;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * What the demo network does that no representative does: signatures of organizations without a signed-in
 * representative, so the demo's statements have signatories. Nothing in production calls it. See
 * {@link Statements}'s method of the same name.
 */
@Component
@NamedInterface(name = "seeding", propagate = false)
public class StatementSeeding {

    private final Statements statements;

    StatementSeeding(Statements statements) {
        this.statements = statements;
    }

    public void seedSignature(Long id, Long organizationId) {
        statements.seedSignature(id, organizationId);
    }
}
