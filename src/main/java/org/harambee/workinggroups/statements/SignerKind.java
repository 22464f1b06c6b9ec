package org.harambee.workinggroups.statements;

/** Who a signature is from: a member organization (through its representative), or a person for themselves. */
public enum SignerKind {
    ORGANIZATION, INDIVIDUAL
}
