package org.harambee.finance;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.harambee.membership.BudgetBand;

/**
 * A representative's word that their organization's yearly budget is in a band, for one membership year: its dues
 * tier follows it (the profile's band otherwise). Who attested and when are recorded; a later attestation for the
 * same year replaces it until the year's invoice is issued.
 */
@Entity
@Table(name = "dues_attestation")
class DuesAttestation {

    @EmbeddedId
    private Key key;
    @Enumerated(EnumType.STRING)
    private BudgetBand budgetBand;
    private UUID attestedBy;
    private Instant attestedAt;

    protected DuesAttestation() {
    }

    DuesAttestation(Long memberId, int membershipYear) {
        this.key = new Key(memberId, membershipYear);
    }

    void attest(BudgetBand band, UUID by, Instant at) {
        this.budgetBand = band;
        this.attestedBy = by;
        this.attestedAt = at;
    }

    BudgetBand budgetBand() {
        return budgetBand;
    }

    Instant attestedAt() {
        return attestedAt;
    }

    @Embeddable
    record Key(Long memberId, int membershipYear) {
    }
}
