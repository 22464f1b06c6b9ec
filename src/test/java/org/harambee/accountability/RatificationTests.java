package org.harambee.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A country's position on an instrument holds only with the dates its status needs, in order, none ahead. */
class RatificationTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void aRatificationNeedsItsDateAfterTheSignature() {
        Ratification icescr = new Ratification("United States", "ICESCR");
        refused(icescr, RatificationStatus.RATIFIED, LocalDate.of(1977, 10, 5), null, "ratifiedOn",
                "accountability.treaty.ratified.required");
        refused(icescr, RatificationStatus.RATIFIED, LocalDate.of(1977, 10, 5), LocalDate.of(1970, 1, 1), "ratifiedOn",
                "accountability.treaty.ratified.beforeSigned");
        refused(icescr, RatificationStatus.SIGNED, null, null, "signedOn", "accountability.treaty.signed.required");
        refused(icescr, RatificationStatus.SIGNED, LocalDate.of(1977, 10, 5), LocalDate.of(1980, 1, 1), "ratifiedOn",
                "accountability.treaty.ratified.notRatified");
        refused(icescr, RatificationStatus.NOT_SIGNED, LocalDate.of(1977, 10, 5), null, "signedOn",
                "accountability.treaty.signed.notSigned");
        refused(icescr, RatificationStatus.RATIFIED, null, TODAY.plusDays(1), "ratifiedOn",
                "accountability.treaty.date.future");
        assertThat(icescr.status()).isEqualTo(RatificationStatus.NOT_SIGNED);

        icescr.record(RatificationStatus.RATIFIED, LocalDate.of(1977, 10, 5), TODAY, "  At last  ", TODAY);
        assertThat(icescr.status()).isEqualTo(RatificationStatus.RATIFIED);
        assertThat(icescr.ratifiedOn()).isEqualTo(TODAY);
        assertThat(icescr.note()).isEqualTo("At last");
    }

    @Test
    void anAccessionNeedsNoSignature() {
        Ratification protocol = new Ratification("United States", "RSR-1967");
        protocol.record(RatificationStatus.ACCEDED, null, LocalDate.of(1968, 11, 1), null, TODAY);
        assertThat(protocol.signedOn()).isNull();
    }

    private static void refused(Ratification ratification, RatificationStatus status, LocalDate signed,
            LocalDate ratified, String field, String reason) {
        assertThatThrownBy(() -> ratification.record(status, signed, ratified, null, TODAY))
                .isInstanceOfSatisfying(TrackerRuleException.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.key()).isEqualTo(reason);
                });
    }
}
