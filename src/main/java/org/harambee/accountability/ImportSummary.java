package org.harambee.accountability;

import org.springframework.modulith.NamedInterface;

/** What an import of recommendations did: how many were new, corrected (updated) and found as they were. */
@NamedInterface(name = "seeding", propagate = false)
public record ImportSummary(int added, int updated, int unchanged) {

    public int total() {
        return added + updated + unchanged;
    }

    /** The one line the command line prints. */
    public String line() {
        return "Imported recommendations: " + added + " new, " + updated + " updated, " + unchanged + " unchanged.";
    }
}
