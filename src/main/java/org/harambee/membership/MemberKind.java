package org.harambee.membership;

import org.springframework.modulith.NamedInterface;

/** Members are organizations or individuals. */
@NamedInterface(name = "api", propagate = false)
public enum MemberKind {
    ORGANIZATION, INDIVIDUAL
}
