package org.harambee.finance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.harambee.site.Refusal;

/**
 * A waiver of a member's dues for membership years {@code fromYear} to {@code toYear}: asked for by a representative
 * with a reason only treasurers read, granted or declined by a treasurer (who may also grant one directly). A granted
 * waiver credits what is still owed on those years' invoices, and no renewal invoice is issued for them.
 */
@Entity
@Table(name = "dues_waiver")
class DuesWaiver {

    static final int MAX_REASON = 1000;
    /** A waiver covers at most this many membership years. */
    static final int MAX_YEARS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dues_waiver_seq")
    @SequenceGenerator(name = "dues_waiver_seq", sequenceName = "dues_waiver_seq", allocationSize = 50)
    private Long id;
    private Long memberId;
    private int fromYear;
    private int toYear;
    private String reason;
    @Enumerated(EnumType.STRING)
    private WaiverStatus status;
    private UUID requestedBy;
    private Instant requestedAt;
    private UUID decidedBy;
    private Instant decidedAt;

    protected DuesWaiver() {
    }

    private DuesWaiver(Long memberId, int fromYear, int toYear, String reason, UUID by, Instant at) {
        this.memberId = memberId;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.reason = reason;
        this.status = WaiverStatus.REQUESTED;
        this.requestedBy = by;
        this.requestedAt = at;
    }

    /**
     * A request for these years (the first no later than the last, at most {@value #MAX_YEARS} years), with a reason
     * of at most {@value #MAX_REASON} characters; refused at its fields otherwise.
     */
    static DuesWaiver requested(Long memberId, Integer fromYear, Integer toYear, String reason, UUID by, Instant at) {
        String why = reason == null ? "" : reason.strip();
        if (fromYear == null || toYear == null || fromYear < JournalEntry.FIRST_DAY.getYear()
                || toYear > JournalEntry.LAST_DAY.getYear() - 1 || fromYear > toYear || toYear - fromYear >= MAX_YEARS) {
            throw new Refusal("toYear", "finance.waiver.yearsInvalid", MAX_YEARS);
        }
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new Refusal("reason", "finance.waiver.reasonNeeded", MAX_REASON);
        }
        return new DuesWaiver(memberId, fromYear, toYear, why, by, at);
    }

    void grant(UUID treasurer, Instant at) {
        decide(WaiverStatus.GRANTED, treasurer, at);
    }

    void decline(UUID treasurer, Instant at) {
        decide(WaiverStatus.DECLINED, treasurer, at);
    }

    private void decide(WaiverStatus decision, UUID treasurer, Instant at) {
        if (status != WaiverStatus.REQUESTED) {
            throw new Refusal("finance.waiver.decided");
        }
        status = decision;
        decidedBy = treasurer;
        decidedAt = at;
    }

    boolean covers(int membershipYear) {
        return status == WaiverStatus.GRANTED && membershipYear >= fromYear && membershipYear <= toYear;
    }

    Long id() {
        return id;
    }

    Long memberId() {
        return memberId;
    }

    int fromYear() {
        return fromYear;
    }

    int toYear() {
        return toYear;
    }

    String reason() {
        return reason;
    }

    WaiverStatus status() {
        return status;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    Instant decidedAt() {
        return decidedAt;
    }
}
