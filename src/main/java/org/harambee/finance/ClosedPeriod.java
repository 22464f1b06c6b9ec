package org.harambee.finance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.harambee.site.Refusal;

/**
 * A closing of the books through a day: from then on no entry is dated on or before it. Closings only move forward,
 * and never past today.
 */
@Entity
@Table(name = "closed_period")
class ClosedPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "closed_period_seq")
    @SequenceGenerator(name = "closed_period_seq", sequenceName = "closed_period_seq", allocationSize = 50)
    private Long id;
    private LocalDate through;
    private UUID closedBy;
    private Instant closedAt;

    protected ClosedPeriod() {
    }

    private ClosedPeriod(LocalDate through, UUID closedBy, Instant closedAt) {
        this.through = through;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }

    /** Closes the books through {@code through}: after the day they are closed through now, and not after today. */
    static ClosedPeriod close(LocalDate through, LocalDate closedNow, LocalDate today, UUID by, Instant at) {
        if (!JournalEntry.dated(through) || through.isAfter(today)
                || (closedNow != null && !through.isAfter(closedNow))) {
            throw new Refusal("through", "finance.period.through");
        }
        return new ClosedPeriod(through, by, at);
    }

    LocalDate through() {
        return through;
    }

    Instant closedAt() {
        return closedAt;
    }
}
