package org.harambee.finance;

import java.util.Currency;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The installation's one currency ({@code harambee.finance.currency}, {@code HARAMBEE_FINANCE_CURRENCY}, an ISO 4217
 * code, USD unless set): every amount of the books is in it.
 */
@ConfigurationProperties("harambee.finance")
record FinanceSettings(@DefaultValue("USD") String currency) {

    FinanceSettings {
        String code = currency == null ? "" : currency.strip();
        Currency known = Currency.getAvailableCurrencies().stream()
                .filter(each -> each.getCurrencyCode().equals(code)).findFirst().orElse(null);
        if (known == null || known.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("harambee.finance.currency (HARAMBEE_FINANCE_CURRENCY) must be the "
                    + "ISO 4217 code of a currency with minor units, such as USD or EUR, not " + currency);
        }
        currency = known.getCurrencyCode();
    }

    Currency unit() {
        return Currency.getInstance(currency);
    }
}
