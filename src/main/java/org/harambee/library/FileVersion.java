package org.harambee.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One uploaded version of a file: its sanitized name, checked kind and size, where it is stored (a random id
 * under the data directory), who uploaded it when, and the state and result of its text extraction.
 */
@Entity
@Table(name = "resource_file_version")
class FileVersion {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id")
    private ResourceFile file;

    @Column(name = "version_number")
    private int number;
    private String fileName;
    @Enumerated(EnumType.STRING)
    private FileKind kind;
    private long sizeBytes;
    private String storedAs;
    private UUID uploadedBy;
    private Instant uploadedAt;
    @Enumerated(EnumType.STRING)
    private Extraction extraction;
    private String extractionProblem;
    private String extractedText;

    protected FileVersion() {
    }

    FileVersion(CheckedFile checked, String storedAs, UUID uploadedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.fileName = checked.name();
        this.kind = checked.kind();
        this.sizeBytes = checked.size();
        this.storedAs = storedAs;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
        this.extraction = Extraction.PENDING;
    }

    void attach(ResourceFile file, int number) {
        this.file = file;
        this.number = number;
    }

    /** The text extraction finished: the text is kept (already cut to the limit) and searched. */
    void extracted(String text) {
        this.extraction = Extraction.EXTRACTED;
        this.extractedText = text;
        this.extractionProblem = null;
    }

    /** The text extraction failed; {@code problem} is a message key the uploader reads. */
    void failed(String problem) {
        this.extraction = Extraction.FAILED;
        this.extractionProblem = problem;
        this.extractedText = null;
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String fileName() {
        return fileName;
    }

    public FileKind kind() {
        return kind;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    String storedAs() {
        return storedAs;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public UUID uploadedBy() {
        return uploadedBy;
    }

    public Extraction extraction() {
        return extraction;
    }

    public String extractionProblem() {
        return extractionProblem;
    }

    String extractedText() {
        return extractedText;
    }
}
