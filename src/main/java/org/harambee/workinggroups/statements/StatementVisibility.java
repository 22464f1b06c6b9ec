package org.harambee.workinggroups.statements;

import org.springframework.modulith.NamedInterface;

/** Who may read a statement once it is open: anyone, or signed-in members only. Drafts are never public. */
@NamedInterface(name = "seeding", propagate = false)
public enum StatementVisibility {
    PUBLIC, MEMBERS
}
