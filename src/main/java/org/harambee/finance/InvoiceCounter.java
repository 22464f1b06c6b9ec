package org.harambee.finance;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * The last number given in a series and year. It is read locked and moved on in the transaction that issues the
 * invoice: two issuers wait for each other, and an invoice that is not stored gives its number back with the
 * rollback, so numbers have neither gaps nor repeats.
 */
@Entity
@Table(name = "invoice_counter")
class InvoiceCounter {

    @EmbeddedId
    private Key key;
    private int lastNumber;

    protected InvoiceCounter() {
    }

    InvoiceCounter(InvoiceSeries series, int year) {
        this.key = new Key(series, year);
    }

    /** The next number of the series, taken. */
    int next() {
        lastNumber++;
        return lastNumber;
    }

    @Embeddable
    record Key(@Enumerated(EnumType.STRING) InvoiceSeries series, int numberYear) {
    }
}
