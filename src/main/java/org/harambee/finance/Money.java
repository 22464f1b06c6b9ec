package org.harambee.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/**
 * An exact amount in a currency, at the currency's minor unit (cents for USD): never a floating-point number.
 * Amounts typed in a form are read by {@link #parse}, which refuses anything but plain digits with an optional
 * thousands comma and decimal point.
 */
@NamedInterface(name = "api", propagate = false)
public record Money(BigDecimal amount, Currency currency) {

    private static final Pattern TYPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?|\\.\\d+");
    /** The largest amount the books hold (numeric(19, 4)), well beyond any network's year. */
    static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    public Money {
        if (amount == null || currency == null) {
            throw new IllegalArgumentException("An amount and its currency");
        }
        if (amount.scale() > currency.getDefaultFractionDigits()
                && amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw new IllegalArgumentException(amount + " is finer than the minor unit of " + currency);
        }
        amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * The amount someone typed: digits, an optional thousands comma every three digits, an optional decimal point
     * with at most the currency's minor digits ({@code 1.000} is refused for USD: it reads as a thousand where a
     * point groups thousands); positive, below {@link #LIMIT}. Empty for anything else (a sign, letters, an
     * exponent, a comma as decimal point, more decimals than the currency has).
     */
    public static Optional<Money> parse(String typed, Currency currency) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (!TYPED.matcher(text).matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(text.replace(",", ""));
        if (amount.scale() > currency.getDefaultFractionDigits() || amount.compareTo(LIMIT) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Money(amount, currency));
    }

    /** The smaller of two amounts of the same currency. */
    public static Money min(Money one, Money other) {
        return one.amount().compareTo(other.amount()) <= 0 ? one : other;
    }

    public Money plus(Money other) {
        same(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        same(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public int signum() {
        return amount.signum();
    }

    /** The amount as the reader's language writes money ({@code $1,234.50}, {@code 1.234,50 US$}). */
    public String shown(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(amount);
    }

    /** The amount as a form shows it back: plain digits and a decimal point. */
    public String typed() {
        return amount.toPlainString();
    }

    private void same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Amounts in " + currency + " and " + other.currency);
        }
    }
}
