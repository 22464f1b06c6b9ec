package org.harambee.finance;

/** Invoices and credit notes are numbered in series of their own, each without gaps within a year. */
enum InvoiceSeries {
    INVOICE(""), CREDIT_NOTE("CN-");

    private final String prefix;

    InvoiceSeries(String prefix) {
        this.prefix = prefix;
    }

    /** The number as printed: {@code 2027-0042}, {@code CN-2027-0003}. */
    String number(int year, int number) {
        return prefix + year + "-" + String.format("%04d", number);
    }
}
