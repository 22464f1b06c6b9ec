package org.harambee.jobs;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** A background job as its page shows it: where it is, at which step, how far. */
@NamedInterface(name = "api", propagate = false)
public record JobStatus(UUID id, String kind, JobState state, String step, int done, int total, Instant queuedAt,
        Instant startedAt, Instant finishedAt) {

    /** How far it got, in percent (0 to 100). */
    public int percent() {
        return total == 0 ? 0 : Math.min(100, (int) (100L * done / total));
    }
}
