package org.harambee.workinggroups.statements;

/** Where a statement is in its life: written, signed, frozen, handed over. */
public enum StatementState {
    /** Its owners write it; their group's participants read it; nobody signs. */
    DRAFT,
    /** Open for signatures until the end of its deadline; its text no longer changes. */
    OPEN,
    /** Text and signatories frozen: closed early by its owners, or its deadline passed. */
    CLOSED,
    /** Closed, and handed to those it is addressed to (recorded: to whom, how, when). */
    DELIVERED
}
