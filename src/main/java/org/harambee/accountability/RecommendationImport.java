package org.harambee.accountability;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One import of a file of recommendations as staff follow it: its progress while it runs, then what it did, or
 * the problem (line, column, kind, value) that refused the whole file.
 */
@Entity
@Table(name = "recommendation_import")
public class RecommendationImport {

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
    private int rowsDone;
    private int newCount;
    private int updatedCount;
    private int unchangedCount;
    private Integer problemLine;
    private String problemField;
    private String problemKey;
    private String problemValue;

    protected RecommendationImport() {
    }

    RecommendationImport(UUID id, String fileName, UUID startedBy, Instant startedAt) {
        this.id = id;
        this.fileName = fileName;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.state = ImportState.READING;
    }

    void storing(String encoding, int rowCount) {
        this.state = ImportState.STORING;
        this.encoding = encoding;
        this.rowCount = rowCount;
    }

    void progressed(int rowsDone) {
        this.rowsDone = rowsDone;
    }

    void done(ImportSummary summary, Instant at) {
        this.state = ImportState.DONE;
        this.rowsDone = rowCount;
        this.newCount = summary.added();
        this.updatedCount = summary.updated();
        this.unchangedCount = summary.unchanged();
        this.finishedAt = at;
    }

    void refused(UprFileException problem, Instant at) {
        this.state = ImportState.REFUSED;
        this.problemLine = problem.line();
        this.problemField = problem.column();
        this.problemKey = problem.problem();
        this.problemValue = problem.value() == null ? null
                : problem.value().substring(0, Math.min(problem.value().length(), 200));
        this.finishedAt = at;
    }

    void failed(Instant at) {
        this.state = ImportState.FAILED;
        this.finishedAt = at;
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

    public int rowsDone() {
        return rowsDone;
    }

    public int percent() {
        return rowCount == 0 ? 0 : (int) (100L * rowsDone / rowCount);
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
