package org.harambee.membership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an application's review as it is stored; read as an {@link ApplicationDecision}. */
@Entity
@Table(name = "application_decision")
class StoredDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_decision_seq")
    @SequenceGenerator(name = "application_decision_seq", sequenceName = "application_decision_seq",
            allocationSize = 50)
    private Long id;
    private Instant decidedAt;
    private String decidedBy;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus outcome;
    private String reason;

    protected StoredDecision() {
    }

    StoredDecision(Instant decidedAt, String decidedBy, ApplicationStatus outcome, String reason) {
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.outcome = outcome;
        this.reason = reason;
    }

    ApplicationDecision published() {
        return new ApplicationDecision(decidedAt, decidedBy, outcome, reason);
    }
}
