package org.harambee.jobs;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** A background job as its page shows it: where it is, at which step, how far. */
@NamedInterface(name = "api", propagate = false)
public record JobStatus(UUID id, String kind, JobState state, String step, int done, int total, Instant queuedAt,
        Instant startedAt, Instant finishedAt) {

    /** A job nobody can find any more, read as interrupted. */
    static JobStatus lost(UUID id) {
        return new JobStatus(id, null, JobState.INTERRUPTED, null, 0, 0, null, null, null);
    }

    /** How far it got, in percent (0 to 100). */
    public int percent() {
        return total == 0 ? 0 : Math.min(100, (int) (100L * done / total));
    }
}
