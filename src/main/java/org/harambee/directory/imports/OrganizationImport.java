package org.harambee.directory.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A file of organizations that staff upload, from its check to the report of what it imported. It is checked,
 * then reviewed (problems, and the rows matching organizations the network has), then imported all or nothing,
 * only when no problem remains. The file itself, the problems and the matches are kept beside it
 * ({@link ImportResults}): there may be tens of thousands.
 */
@Entity
@Table(name = "organization_import")
class OrganizationImport {

    private static final String SEPARATOR = "\u001F";

    @Id
    private UUID id;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private String fileName;
    private String encoding;
    @Enumerated(EnumType.STRING)
    private ImportState state;
    private UUID jobId;
    private int rowCount;
    private int newCount;
    private int problemCount;
    private int matchCount;
    private int importedCount;
    private int updatedCount;
    private int skippedCount;
    private String refusal;
    @Column(name = "refusal_arguments")
    private String refusalArguments;
    private boolean changedSincePreview;
    /** Two staff pressing "import" at once: only one of them starts it. */
    @Version
    private long version;

    protected OrganizationImport() {
    }

    /** A file just received: its job reads and checks it. */
    OrganizationImport(UUID id, UUID jobId, String createdBy, String fileName, Instant at) {
        this.id = id;
        this.jobId = jobId;
        this.createdBy = createdBy;
        this.fileName = fileName == null || fileName.isBlank() ? null
                : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.createdAt = at;
        this.updatedAt = at;
        this.state = ImportState.CHECKING;
    }

    /** The file as a whole cannot be imported. */
    void refuse(String messageKey, List<String> arguments, Instant at) {
        expect(ImportState.CHECKING);
        state = ImportState.REFUSED;
        refusal = messageKey;
        String joined = String.join(SEPARATOR, arguments);
        refusalArguments = joined.length() > 1000 ? joined.substring(0, 999) + "…" : joined;
        updatedAt = at;
    }

    /** Checked (first, or again before importing when the network changed): staff review it. */
    void checked(String encoding, int rows, long newOrganizations, int problems, int matches, Instant at) {
        if (state != ImportState.CHECKING && state != ImportState.COMMITTING) {
            throw new IllegalStateException("Import " + id + " is " + state + ", not being checked");
        }
        changedSincePreview = state == ImportState.COMMITTING;
        state = ImportState.READY;
        this.encoding = encoding;
        this.rowCount = rows;
        this.newCount = (int) newOrganizations;
        this.problemCount = problems;
        this.matchCount = matches;
        updatedAt = at;
    }

    /** Staff import it, with this job: only a checked file without problems. */
    void commit(UUID jobId, Instant at) {
        expect(ImportState.READY);
        if (problemCount > 0) {
            throw new IllegalStateException("Import " + id + " has problems");
        }
        state = ImportState.COMMITTING;
        this.jobId = jobId;
        updatedAt = at;
    }

    void committed(int imported, int updated, int skipped, Instant at) {
        expect(ImportState.COMMITTING);
        state = ImportState.DONE;
        importedCount = imported;
        updatedCount = updated;
        skippedCount = skipped;
        updatedAt = at;
    }

    /** Checking or importing failed, or its job did; nothing was imported. {@code messageKey} says why. */
    void failed(String messageKey, Instant at) {
        if (!state.running()) {
            throw new IllegalStateException("Import " + id + " is " + state + ", not running");
        }
        state = ImportState.FAILED;
        refusal = messageKey;
        updatedAt = at;
    }

    private void expect(ImportState expected) {
        if (state != expected) {
            throw new IllegalStateException("Import " + id + " is " + state + ", not " + expected);
        }
    }

    public UUID id() {
        return id;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String fileName() {
        return fileName;
    }

    public String encoding() {
        return encoding;
    }

    public ImportState state() {
        return state;
    }

    /** The job checking or importing it now, or that did last. */
    public UUID jobId() {
        return jobId;
    }

    public int rowCount() {
        return rowCount;
    }

    public int newCount() {
        return newCount;
    }

    public int problemCount() {
        return problemCount;
    }

    public int matchCount() {
        return matchCount;
    }

    public int importedCount() {
        return importedCount;
    }

    public int updatedCount() {
        return updatedCount;
    }

    public int skippedCount() {
        return skippedCount;
    }

    public String refusal() {
        return refusal;
    }

    public Object[] refusalArguments() {
        return refusalArguments == null || refusalArguments.isEmpty() ? new Object[0]
                : Arrays.stream(refusalArguments.split(SEPARATOR, -1)).toArray();
    }

    public boolean changedSincePreview() {
        return changedSincePreview;
    }
}
