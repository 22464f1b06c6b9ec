package org.harambee.accountability;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One import of a file of recommendations as staff follow it: reading, then storing (its progress is its job's),
 * then what it did, or the problem (line, column, kind, value) that refused the whole file, or failed when its job
 * did. Each step may only follow the one before.
 */
@Entity
@Table(name = "recommendation_import")
class RecommendationImport {

    @Id
    private UUID id;
    private String fileName;
    private UUID startedBy;
    private Instant startedAt;
    private Instant finishedAt;
    @Enumerated(EnumType.STRING)
    private ImportState state;
    private String encoding;
    private int rowCount;
    private int newCount;
    private int updatedCount;
    private int unchangedCount;
    private Integer problemLine;
    private String problemField;
    private String problemKey;
    private String problemValue;
    private UUID jobId;

    protected RecommendationImport() {
    }

    RecommendationImport(UUID id, UUID jobId, String fileName, UUID startedBy, Instant startedAt) {
        this.id = id;
        this.jobId = jobId;
        this.fileName = fileName;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.state = ImportState.READING;
    }

    void storing(String encoding, int rowCount) {
        expect(ImportState.READING);
        this.state = ImportState.STORING;
        this.encoding = encoding;
        this.rowCount = rowCount;
    }

    void done(ImportSummary summary, Instant at) {
        expect(ImportState.STORING);
        this.state = ImportState.DONE;
        this.newCount = summary.added();
        this.updatedCount = summary.updated();
        this.unchangedCount = summary.unchanged();
        this.finishedAt = at;
    }

    void refused(UprFileException problem, Instant at) {
        expectRunning();
        this.state = ImportState.REFUSED;
        this.problemLine = problem.line();
        this.problemField = problem.column();
        this.problemKey = problem.problem();
        this.problemValue = problem.value() == null ? null
                : problem.value().substring(0, Math.min(problem.value().length(), 200));
        this.finishedAt = at;
    }

    /** Its job failed or was interrupted: nothing was stored. */
    void failed(Instant at) {
        expectRunning();
        this.state = ImportState.FAILED;
        this.finishedAt = at;
    }

    private void expect(ImportState expected) {
        if (state != expected) {
            throw new IllegalStateException("Import " + id + " is " + state + ", not " + expected);
        }
    }

    private void expectRunning() {
        if (!state.running()) {
            throw new IllegalStateException("Import " + id + " is " + state + ", not running");
        }
    }

    public UUID id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public ImportState state() {
        return state;
    }

    public String encoding() {
        return encoding;
    }

    public int rowCount() {
        return rowCount;
    }

    public UUID jobId() {
        return jobId;
    }

    public int newCount() {
        return newCount;
    }

    public int updatedCount() {
        return updatedCount;
    }

    public int unchangedCount() {
        return unchangedCount;
    }

    public Integer problemLine() {
        return problemLine;
    }

    public String problemField() {
        return problemField;
    }

    public String problemKey() {
        return problemKey;
    }

    public String problemValue() {
        return problemValue;
    }
}
