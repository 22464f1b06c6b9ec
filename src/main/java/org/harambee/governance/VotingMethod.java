package org.harambee.governance;

import org.springframework.modulith.NamedInterface;

/**
 * How an election is voted and counted: candidates ranked and counted by the single transferable vote (the default
 * for the seats of a body), candidates approved (the most approved fill the seats), or one question answered yes, no
 * or abstain and decided by a {@link Threshold}.
 */
@NamedInterface(name = "seeding", propagate = false)
public enum VotingMethod {
    STV, APPROVAL, QUESTION;

    /** Whether the ballot lists candidates (every method but a question). */
    public boolean candidates() {
        return this != QUESTION;
    }
}
