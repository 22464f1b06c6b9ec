package org.harambee.membership;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Days as every page shows them (like {@code Page.day()}), for text built outside a template. */
final class Dates {

    private Dates() {
    }

    static String of(LocalDate date, Locale locale) {
        return date == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
