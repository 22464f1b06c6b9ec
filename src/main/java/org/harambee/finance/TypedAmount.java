package org.harambee.finance;

import java.util.Currency;
import org.springframework.validation.Errors;

/** An amount a form field holds as text. */
final class TypedAmount {

    private TypedAmount() {
    }

    /** Reads it exactly ({@link Money#parse}); blank is null, and one that cannot be read is rejected at its field. */
    static Money read(String typed, Currency currency, String field, Errors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return Money.parse(typed, currency).orElseGet(() -> {
            errors.rejectValue(field, "finance.amount.invalid", new Object[] {currency.getDefaultFractionDigits()},
                    null);
            return null;
        });
    }
}
