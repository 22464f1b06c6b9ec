package org.harambee.membership;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An organization's application being written: the answers so far (the form as JSON) and when last saved. */
@Entity
@Table(name = "application_draft")
class ApplicationDraft {

    @Id
    private UUID id;
    private String answers;
    private Instant savedAt;

    protected ApplicationDraft() {
    }

    ApplicationDraft(UUID id, String answers, Instant savedAt) {
        this.id = id;
        this.answers = answers;
        this.savedAt = savedAt;
    }

    UUID id() {
        return id;
    }

    String answers() {
        return answers;
    }

    void save(String answers, Instant at) {
        this.answers = answers;
        this.savedAt = at;
    }
}
