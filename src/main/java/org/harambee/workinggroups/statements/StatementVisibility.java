package org.harambee.workinggroups.statements;

/** Who may read a statement once it is open: anyone, or signed-in members only. Drafts are never public. */
public enum StatementVisibility {
    PUBLIC, MEMBERS
}
