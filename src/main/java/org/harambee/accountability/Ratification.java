package org.harambee.accountability;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A country's position on one instrument: signed, ratified (or acceded to) and when. A ratification needs its
 * date and comes after the signature; a signature has its date; nothing is dated in the future.
 */
@Entity
@Table(name = "ratification")
public class Ratification {

    public static final int NOTE_MAX = 500;

    /** The country and the instrument's code. */
    @Embeddable
    record Key(@Column(name = "country") String country, @Column(name = "instrument_code") String instrument)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Enumerated(EnumType.STRING)
    private RatificationStatus status;
    private LocalDate signedOn;
    private LocalDate ratifiedOn;
    private String note;
    @Version
    private long version;

    long version() {
        return version;
    }

    protected Ratification() {
    }

    Ratification(String country, String instrument) {
        this.key = new Key(country, instrument);
        this.status = RatificationStatus.NOT_SIGNED;
    }

    /** Records the country's position; throws {@link TrackerRuleException} naming the field when it does not hold. */
    void record(RatificationStatus status, LocalDate signedOn, LocalDate ratifiedOn, String note, LocalDate today) {
        if (status == null) {
            throw new TrackerRuleException("status", "accountability.treaty.status.required");
        }
        boolean ratified = status == RatificationStatus.RATIFIED || status == RatificationStatus.ACCEDED;
        if (status == RatificationStatus.SIGNED && signedOn == null) {
            throw new TrackerRuleException("signedOn", "accountability.treaty.signed.required");
        }
        if (ratified && ratifiedOn == null) {
            throw new TrackerRuleException("ratifiedOn", "accountability.treaty.ratified.required");
        }
        if (!ratified && ratifiedOn != null) {
            throw new TrackerRuleException("ratifiedOn", "accountability.treaty.ratified.notRatified");
        }
        if ((status == RatificationStatus.NOT_SIGNED || status == RatificationStatus.DECLARATION) && signedOn != null) {
            throw new TrackerRuleException("signedOn", "accountability.treaty.signed.notSigned");
        }
        if (signedOn != null && signedOn.isAfter(today)) {
            throw new TrackerRuleException("signedOn", "accountability.treaty.date.future");
        }
        if (ratifiedOn != null && ratifiedOn.isAfter(today)) {
            throw new TrackerRuleException("ratifiedOn", "accountability.treaty.date.future");
        }
        if (signedOn != null && ratifiedOn != null && ratifiedOn.isBefore(signedOn)) {
            throw new TrackerRuleException("ratifiedOn", "accountability.treaty.ratified.beforeSigned");
        }
        if (note != null && note.strip().length() > NOTE_MAX) {
            throw new TrackerRuleException("note", "accountability.treaty.note.tooLong");
        }
        this.status = status;
        this.signedOn = signedOn;
        this.ratifiedOn = ratifiedOn;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public String instrument() {
        return key.instrument();
    }

    public RatificationStatus status() {
        return status;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate ratifiedOn() {
        return ratifiedOn;
    }

    public String note() {
        return note;
    }
}
