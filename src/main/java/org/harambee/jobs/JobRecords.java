package org.harambee.jobs;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface JobRecords extends JpaRepository<Job, UUID> {

    @Modifying
    @Query("update Job j set j.beatAt = :at where j.id in :ids"
            + " and j.state in (org.harambee.jobs.JobState.QUEUED, org.harambee.jobs.JobState.RUNNING)")
    int beat(Collection<UUID> ids, Instant at);

    @Modifying
    @Query("delete from Job j where j.finishedAt < :before")
    int deleteFinishedBefore(Instant before);
}
