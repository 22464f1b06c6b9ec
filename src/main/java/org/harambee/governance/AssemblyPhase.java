package org.harambee.governance;

/** Where a general assembly is: called and not yet opened, in session (check-in and votes), closed. */
public enum AssemblyPhase {
    CALLED, IN_SESSION, CLOSED
}
