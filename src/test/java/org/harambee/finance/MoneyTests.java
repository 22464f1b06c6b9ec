package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Amounts are exact and typed one way: digits, an optional thousands comma, a decimal point. */
class MoneyTests {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void plainAndGroupedAmountsAreReadExactly() {
        assertThat(Money.parse("1250", USD)).contains(new Money(new BigDecimal("1250.00"), USD));
        assertThat(Money.parse(" 1,250.5 ", USD)).contains(new Money(new BigDecimal("1250.50"), USD));
        assertThat(Money.parse("0.10", USD).orElseThrow().plus(Money.parse("0.20", USD).orElseThrow()))
                .isEqualTo(Money.parse("0.30", USD).orElseThrow());
        assertThat(Money.parse("1200", JPY).orElseThrow().typed()).isEqualTo("1200");
    }

    @Test
    void anythingElseIsRefused() {
        for (String typed : new String[] {"", "-5", "+5", "1e3", "NaN", "12,34", "1,2345.00", "1.234,50", "10.001",
            "$10", "10 USD", "١٢", "1000000000000", "0x10", "1..2", "1.000", "12.500"}) {
            assertThat(Money.parse(typed, USD)).as(typed).isEmpty();
        }
        assertThat(Money.parse("1.5", JPY)).isEmpty();
        assertThat(Money.parse(null, USD)).isEmpty();
    }

    @Test
    void amountsOfTwoCurrenciesDoNotMixAndNoAmountIsFinerThanItsCurrency() {
        assertThatThrownBy(() -> Money.zero(USD).plus(Money.zero(JPY))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(new BigDecimal("1.005"), USD)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountsAreShownAsTheReadersLanguageWritesMoney() {
        Money amount = Money.parse("1234.5", USD).orElseThrow();
        assertThat(amount.shown(Locale.ENGLISH)).contains("1,234.50");
        assertThat(amount.shown(Locale.forLanguageTag("es"))).contains("1.234,50").doesNotContain("1,234.50");
    }
}
