package org.harambee.accountability;

import org.harambee.jobs.JobState;
import org.harambee.jobs.JobStatus;

/** An import of recommendations as its page shows it, with its job (read as interrupted once forgotten). */
record FollowedImport(RecommendationImport imported, JobStatus job) {

    /** Whether its job stopped without finishing because its node stopped. */
    boolean interrupted() {
        return job.state() == JobState.INTERRUPTED;
    }
}
