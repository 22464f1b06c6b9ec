package org.harambee.workinggroups.statements;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An earlier text of a statement (title, addressee, body), as it was saved before an edit replaced it. */
@Entity
@Table(name = "statement_version")
class StatementVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "statement_id")
    private SignOnStatement statement;

    @Column(name = "version_number")
    private int number;
    private String title;
    private String target;
    private String body;
    private Instant savedAt;

    protected StatementVersion() {
    }

    StatementVersion(SignOnStatement statement, int number, String title, String target, String body,
            Instant savedAt) {
        this.statement = statement;
        this.number = number;
        this.title = title;
        this.target = target;
        this.body = body;
        this.savedAt = savedAt;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String target() {
        return target;
    }

    public String body() {
        return body;
    }

    /** When this text was saved (it stayed current until the next edit). */
    public Instant savedAt() {
        return savedAt;
    }
}
