package org.harambee.finance;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.harambee.membership.BudgetBand;
import org.harambee.site.Refusal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The forms of dues, as typed: amounts are text read exactly ({@link Money#parse}); a field that cannot be read is
 * rejected at itself, and the form comes back with what was typed.
 */
public final class DuesForms {

    private DuesForms() {
    }

    /** A membership year's schedule: a rate for each {@link DuesRate}, and an optional sliding-scale floor. */
    public static class Schedule {

        private Integer year;
        private Map<String, String> rates = new LinkedHashMap<>();
        private String floor;

        static Schedule of(int year, DuesSchedule schedule, Currency currency) {
            Schedule form = new Schedule();
            form.year = year;
            for (DuesRate rate : DuesRate.values()) {
                form.rates.put(rate.name(), schedule == null ? "" : schedule.rate(rate, currency).typed());
            }
            form.floor = schedule == null ? "" : schedule.slidingFloor(currency).map(Money::typed).orElse("");
            return form;
        }

        /** Every rate, each needed (0 is a rate); null when one is missing or unreadable (rejected at its field). */
        Map<DuesRate, Money> rates(Currency currency, Errors errors) {
            Map<DuesRate, Money> read = new EnumMap<>(DuesRate.class);
            for (DuesRate rate : DuesRate.values()) {
                String field = "rates[" + rate.name() + "]";
                String typed = rates.get(rate.name());
                if (typed == null || typed.isBlank()) {
                    errors.rejectValue(field, "finance.schedule.rateNeeded");
                    continue;
                }
                Money amount = TypedAmount.read(typed, currency, field, errors);
                if (amount != null) {
                    read.put(rate, amount);
                }
            }
            return read.size() == DuesRate.values().length ? read : null;
        }

        Money floor(Currency currency, Errors errors) {
            Money read = TypedAmount.read(floor, currency, "floor", errors);
            if (read != null && read.isZero()) {
                errors.rejectValue("floor", "finance.schedule.floorPositive");
                return null;
            }
            return read;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public Map<String, String> getRates() {
            return rates;
        }

        public void setRates(Map<String, String> rates) {
            this.rates = rates;
        }

        public String getFloor() {
            return floor;
        }

        public void setFloor(String floor) {
            this.floor = floor;
        }
    }

    /** One member's invoice for a membership year, at its tier's rate or a sliding-scale amount. */
    public static class Invoice {

        private Integer year;
        private String slidingAmount;

        static Invoice of(int year) {
            Invoice form = new Invoice();
            form.year = year;
            return form;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public String getSlidingAmount() {
            return slidingAmount;
        }

        public void setSlidingAmount(String slidingAmount) {
            this.slidingAmount = slidingAmount;
        }
    }

    /** A payment received. */
    public static class Payment {

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate receivedOn;
        private PaymentMethod method;
        private String reference;
        private String amount;
        private MultipartFile scan;

        static Payment on(LocalDate today) {
            Payment form = new Payment();
            form.receivedOn = today;
            return form;
        }

        Dues.PaymentDraft draft(Currency currency, Errors errors) {
            Money read = TypedAmount.read(amount, currency, "amount", errors);
            if (read == null && !errors.hasFieldErrors("amount")) {
                errors.rejectValue("amount", "finance.payment.amountNeeded");
            }
            return new Dues.PaymentDraft(receivedOn, method, reference, read);
        }

        /** The day as the date field shows it back: none for a day no payment may have. */
        public String getShownDate() {
            return JournalEntry.dated(receivedOn) ? receivedOn.toString() : null;
        }

        public LocalDate getReceivedOn() {
            return receivedOn;
        }

        public void setReceivedOn(LocalDate receivedOn) {
            this.receivedOn = receivedOn;
        }

        public PaymentMethod getMethod() {
            return method;
        }

        public void setMethod(PaymentMethod method) {
            this.method = method;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public MultipartFile getScan() {
            return scan;
        }

        public void setScan(MultipartFile scan) {
            this.scan = scan;
        }

        /** The scan sent with the payment, checked; null when none was sent or it was refused (at its field). */
        PaymentScan checkedScan(Errors errors) {
            return scan == null || scan.isEmpty() ? null : checked("scan", scan, errors);
        }
    }

    /** A scan attached to one of a member's payments after it was recorded (or in place of its scan). */
    public static class Scan {

        private Long payment;
        private MultipartFile file;

        public Long getPayment() {
            return payment;
        }

        public void setPayment(Long payment) {
            this.payment = payment;
        }

        public MultipartFile getFile() {
            return file;
        }

        public void setFile(MultipartFile file) {
            this.file = file;
        }

        /** The scan sent, checked; null when it was refused (at its field). */
        PaymentScan checkedScan(Errors errors) {
            if (payment == null) {
                errors.rejectValue("payment", "finance.scan.paymentNeeded");
            }
            return checked("file", file, errors);
        }
    }

    private static PaymentScan checked(String field, MultipartFile file, Errors errors) {
        try {
            return PaymentScan.of(field, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
        } catch (Refusal refused) {
            refused.rejectInto(errors);
        } catch (IOException unreadable) {
            errors.rejectValue(field, "finance.scan.unreadable");
        }
        return null;
    }

    /** A waiver asked for, or granted directly, for membership years {@code fromYear} to {@code toYear}. */
    public static class Waiver {

        private Integer fromYear;
        private Integer toYear;
        private String reason;

        static Waiver of(int year) {
            Waiver form = new Waiver();
            form.fromYear = year;
            form.toYear = year;
            return form;
        }

        public Integer getFromYear() {
            return fromYear;
        }

        public void setFromYear(Integer fromYear) {
            this.fromYear = fromYear;
        }

        public Integer getToYear() {
            return toYear;
        }

        public void setToYear(Integer toYear) {
            this.toYear = toYear;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** A credit note of an invoice: how much, and why. */
    public static class Credit {

        private String amount;
        private String reason;

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** A representative's attestation of their organization's budget band for a membership year. */
    public static class Attestation {

        private Integer year;
        private BudgetBand budget;

        static Attestation of(int year, BudgetBand band) {
            Attestation form = new Attestation();
            form.year = year;
            form.budget = band;
            return form;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public BudgetBand getBudget() {
            return budget;
        }

        public void setBudget(BudgetBand budget) {
            this.budget = budget;
        }
    }
}
