package org.harambee.jobs;

import org.springframework.modulith.NamedInterface;

/** Where a background job is. Its transitions are guarded by the job itself. */
@NamedInterface(name = "api", propagate = false)
public enum JobState {
    /** Waiting for a thread of the node it was started on. */
    QUEUED,
    /** Working; its node shows it is alive every few seconds. */
    RUNNING,
    /** The work finished (its domain result, which may be a refusal, is the capability's). */
    DONE,
    /** The work stopped on an unexpected error; what it did in its transaction was rolled back. */
    FAILED,
    /** The node running it stopped showing signs of life (a restart, a crash): the job will not finish. */
    INTERRUPTED;

    /** Queued or running: it may still change. */
    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }

    /** Failed or interrupted: it ended without finishing its work. */
    public boolean stopped() {
        return this == FAILED || this == INTERRUPTED;
    }
}
