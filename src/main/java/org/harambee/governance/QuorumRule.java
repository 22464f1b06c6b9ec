package org.harambee.governance;

import org.springframework.modulith.NamedInterface;

/**
 * How the bylaws set an assembly's quorum: a share of the voter roll (per cent, rounded up) or a number of members.
 */
@NamedInterface(name = "seeding", propagate = false)
public enum QuorumRule {
    SHARE, NUMBER;

    /** The members that must be represented for a roll of {@code roll} members (at least one). */
    int needed(int value, int roll) {
        return Math.max(1, this == SHARE ? (int) Math.ceil(roll * value / 100.0) : value);
    }
}
