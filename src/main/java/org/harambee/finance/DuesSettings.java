package org.harambee.finance;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Currency;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the network's dues run ({@code harambee.finance.dues.*}): the day its membership year starts
 * ({@code HARAMBEE_DUES_YEAR_START}, month and day as {@code MM-DD}, 01-01 unless set), how many days before the year
 * the renewal invoices go out ({@code HARAMBEE_DUES_INVOICE_DAYS_BEFORE}, 30), how many days an invoice gives to pay
 * ({@code HARAMBEE_DUES_DAYS_TO_PAY}, 30), and the payment amount above which a second treasurer approves a payment
 * before it counts ({@code HARAMBEE_DUES_APPROVAL_THRESHOLD}, 1000 in the installation's currency).
 */
@ConfigurationProperties("harambee.finance.dues")
record DuesSettings(@DefaultValue("01-01") String yearStart, @DefaultValue("30") int invoiceDaysBefore,
        @DefaultValue("30") int daysToPay, @DefaultValue("1000") String approvalThreshold) {

    static final int MAX_DAYS = 366;

    DuesSettings {
        startDay(yearStart);
        if (invoiceDaysBefore < 0 || invoiceDaysBefore > MAX_DAYS || daysToPay < 0 || daysToPay > MAX_DAYS) {
            throw new IllegalArgumentException("harambee.finance.dues.invoice-days-before and days-to-pay must be "
                    + "between 0 and " + MAX_DAYS + " days, not " + invoiceDaysBefore + " and " + daysToPay);
        }
        if (Money.parse(approvalThreshold, Currency.getInstance("USD")).filter(amount -> amount.signum() > 0)
                .isEmpty()) {
            throw new IllegalArgumentException("harambee.finance.dues.approval-threshold "
                    + "(HARAMBEE_DUES_APPROVAL_THRESHOLD) must be a positive amount such as 1000, not "
                    + approvalThreshold);
        }
    }

    /** The membership year that contains this day. */
    MembershipYear yearOf(LocalDate day) {
        MonthDay start = startDay(yearStart);
        int year = MonthDay.from(day).isBefore(start) ? day.getYear() - 1 : day.getYear();
        return year(year);
    }

    /** The membership year that starts in this calendar year. */
    MembershipYear year(int year) {
        LocalDate start = startDay(yearStart).atYear(year);
        return new MembershipYear(year, start, start.plusYears(1).minusDays(1));
    }

    /** The amount above which a payment waits for a second treasurer. */
    Money threshold(Currency currency) {
        return Money.parse(approvalThreshold, currency).orElseThrow(() -> new IllegalArgumentException(
                "harambee.finance.dues.approval-threshold has more decimals than " + currency + " has"));
    }

    private static MonthDay startDay(String typed) {
        try {
            MonthDay day = MonthDay.parse("--" + (typed == null ? "" : typed.strip()));
            if (day.getMonthValue() == 2 && day.getDayOfMonth() == 29) {
                throw new DateTimeException("29 February");
            }
            return day;
        } catch (DateTimeException notADay) {
            throw new IllegalArgumentException("harambee.finance.dues.year-start (HARAMBEE_DUES_YEAR_START) must be "
                    + "a month and day such as 01-01 or 07-01 (not 29 February), not " + typed, notADay);
        }
    }
}
