package org.harambee.accountability;

import org.harambee.jobs.JobState;
import org.harambee.jobs.JobStatus;

/** An import of recommendations as its page shows it, with its job (none once the job is forgotten). */
record FollowedImport(RecommendationImport imported, JobStatus job) {

    /** Whether its job stopped without finishing because its node stopped. */
    boolean interrupted() {
        return job == null || job.state() == JobState.INTERRUPTED;
    }
}
