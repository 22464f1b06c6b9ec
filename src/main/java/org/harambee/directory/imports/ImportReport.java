package org.harambee.directory.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An organization import as staff read it: the file, who uploaded it and when, where it stands, what the check
 * found, what the import did, or why nothing was imported (a message key and its arguments).
 */
public record ImportReport(UUID id, String createdBy, Instant createdAt, String fileName, String encoding,
        ImportState state, int rowCount, int newCount, int problemCount, int matchCount, int importedCount,
        int updatedCount, int skippedCount, String refusal, List<Object> refusalArguments,
        boolean changedSincePreview) {

    static ImportReport of(OrganizationImport found) {
        return new ImportReport(found.id(), found.createdBy(), found.createdAt(), found.fileName(), found.encoding(),
                found.state(), found.rowCount(), found.newCount(), found.problemCount(), found.matchCount(),
                found.importedCount(), found.updatedCount(), found.skippedCount(), found.refusal(),
                List.of(found.refusalArguments()), found.changedSincePreview());
    }
}
