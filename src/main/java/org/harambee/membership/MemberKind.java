package org.harambee.membership;

/** Members are organizations or individuals. */
public enum MemberKind {
    ORGANIZATION, INDIVIDUAL
}
