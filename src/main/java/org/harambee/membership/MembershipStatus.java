package org.harambee.membership;

import org.springframework.modulith.NamedInterface;

/** Where a member stands with the network. Transitions are guarded by {@link Member}. */
@NamedInterface(name = "api", propagate = false)
public enum MembershipStatus {
    APPLICANT, ACTIVE, LAPSED, SUSPENDED, WITHDRAWN
}
