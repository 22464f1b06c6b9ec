package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The installation's currency is an ISO 4217 code with minor units; anything else stops the start, named. */
class FinanceSettingsTests {

    @Test
    void aKnownCurrencyIsKeptAndAnythingElseStopsTheStartNamingTheSetting() {
        assertThat(new FinanceSettings(" EUR ").unit().getCurrencyCode()).isEqualTo("EUR");
        for (String wrong : new String[] {"usd", "XXX", "dollars", "", null}) {
            assertThatThrownBy(() -> new FinanceSettings(wrong)).as(String.valueOf(wrong))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HARAMBEE_FINANCE_CURRENCY");
        }
    }
}
