package org.harambee.workinggroups.statements;

/** What became of a signature: recorded now, or there was one from this signer already. */
public enum Signing {
    SIGNED, ALREADY_SIGNED
}
