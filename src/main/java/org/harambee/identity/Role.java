package org.harambee.identity;

import org.springframework.modulith.NamedInterface;

/**
 * What a signed-in person may do. Visitors have no account. A representative is a member who may
 * also act for their organization; staff coordinate the network; administrators manage settings; treasurers keep
 * the network's books (nobody else sees money, staff and administrators included, unless also treasurers);
 * election officers run the network's governance (bodies, voter rolls, nominations, elections, counts).
 */
@NamedInterface(name = "api", propagate = false)
public enum Role {
    MEMBER, REPRESENTATIVE, STAFF, ADMIN, TREASURER, ELECTION_OFFICER;

    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * Whether the role is one an adversary of the network wants most (the member list, the money, the elections):
     * a person who holds it cannot use it until they have set up two-step sign-in.
     */
    public boolean wantsSecondFactor() {
        return this == STAFF || this == ADMIN || this == TREASURER || this == ELECTION_OFFICER;
    }
}
