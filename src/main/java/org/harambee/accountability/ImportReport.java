package org.harambee.accountability;

import java.time.Instant;
import java.util.UUID;
import org.harambee.jobs.JobStatus;

/**
 * An import of recommendations as staff read it: the file, when, where it stands; once done what it stored, once
 * refused the problem in words; while it runs its job's progress (none in lists; a forgotten job reads as interrupted).
 */
public record ImportReport(UUID id, String fileName, Instant startedAt, ImportState state, String encoding,
        int newCount, int updatedCount, int unchangedCount, String problem, boolean interrupted, JobStatus job) {

    static ImportReport of(RecommendationImport imported, JobStatus job, boolean interrupted, String problem) {
        return new ImportReport(imported.id(), imported.fileName(), imported.startedAt(), imported.state(),
                imported.encoding(), imported.newCount(), imported.updatedCount(), imported.unchangedCount(), problem,
                interrupted, job);
    }

    /** The import in a list of recent ones. */
    static ImportReport listed(RecommendationImport imported) {
        return of(imported, null, false, null);
    }
}
