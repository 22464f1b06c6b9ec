package org.harambee.jobs;

import org.springframework.modulith.NamedInterface;

/**
 * The work of a background job. It records its own domain result; an exception it throws fails the job (and is
 * logged, never shown).
 */
@FunctionalInterface
@NamedInterface(name = "api", propagate = false)
public interface JobWork {

    void run(Progress progress);

    /** Where the work is: recorded at once, in its own transaction, for the job's page to show. */
    @FunctionalInterface
    @NamedInterface(name = "api", propagate = false)
    interface Progress {

        void at(String step, int done, int total);
    }
}
