package org.harambee.finance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.harambee.site.Refusal;

/**
 * A payment a treasurer recorded for a member: when it was received, how, its reference and amount. It counts at
 * once, or, above the approval threshold, once a second treasurer (never the one who recorded it) approves it; that
 * treasurer may decline it instead. When it counts it posts its journal entry.
 */
@Entity
@Table(name = "dues_payment")
class DuesPayment {

    static final int MAX_REFERENCE = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dues_payment_seq")
    @SequenceGenerator(name = "dues_payment_seq", sequenceName = "dues_payment_seq", allocationSize = 50)
    private Long id;
    private Long memberId;
    private LocalDate receivedOn;
    @Enumerated(EnumType.STRING)
    private PaymentMethod method;
    private String reference;
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    private PaymentStatus status;
    private UUID recordedBy;
    private Instant recordedAt;
    private UUID decidedBy;
    private Instant decidedAt;
    private LocalDate countsFrom;
    private Long entryId;
    private String scanStoredAs;
    private String scanName;
    @Enumerated(EnumType.STRING)
    private PaymentScan.Kind scanKind;

    protected DuesPayment() {
    }

    DuesPayment(Long memberId, LocalDate receivedOn, PaymentMethod method, String reference, Money amount,
            UUID recordedBy, Instant recordedAt) {
        this.memberId = memberId;
        this.receivedOn = receivedOn;
        this.method = method;
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
        this.amount = amount.amount();
        this.status = PaymentStatus.PENDING;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The payment counts from {@code day} (the day it was received, or the day it was approved), or received if later. */
    void count(LocalDate day, Long entryId) {
        pending();
        this.status = PaymentStatus.COUNTED;
        this.countsFrom = day.isBefore(receivedOn) ? receivedOn : day;
        this.entryId = entryId;
    }

    /** A second treasurer approves the payment: it counts from {@code day}. */
    void approve(UUID treasurer, Instant at, LocalDate day, Long entryId) {
        decidableBy(treasurer);
        count(day, entryId);
        this.decidedBy = treasurer;
        this.decidedAt = at;
    }

    /** A second treasurer declines the payment (it was not received, or not as recorded): it never counts. */
    void decline(UUID treasurer, Instant at) {
        decidableBy(treasurer);
        this.status = PaymentStatus.DECLINED;
        this.decidedBy = treasurer;
        this.decidedAt = at;
    }

    /** Refuses the treasurer who recorded the payment, and a payment decided already. */
    void decidableBy(UUID treasurer) {
        if (treasurer.equals(recordedBy)) {
            throw new Refusal("finance.payment.secondTreasurer");
        }
        pending();
    }

    /** The payment carries this scan from now on; returns where the scan it carried until now is kept, if any. */
    String scan(String storedAs, String name, PaymentScan.Kind kind) {
        String replaced = scanStoredAs;
        this.scanStoredAs = storedAs;
        this.scanName = name;
        this.scanKind = kind;
        return replaced;
    }

    boolean scanned() {
        return scanStoredAs != null;
    }

    String scanStoredAs() {
        return scanStoredAs;
    }

    String scanName() {
        return scanName;
    }

    PaymentScan.Kind scanKind() {
        return scanKind;
    }

    private void pending() {
        if (status != PaymentStatus.PENDING) {
            throw new Refusal("finance.payment.decided");
        }
    }

    Long id() {
        return id;
    }

    Long memberId() {
        return memberId;
    }

    LocalDate receivedOn() {
        return receivedOn;
    }

    PaymentMethod method() {
        return method;
    }

    String reference() {
        return reference;
    }

    Money amount(Currency currency) {
        return new Money(amount.stripTrailingZeros(), currency);
    }

    PaymentStatus status() {
        return status;
    }

    UUID recordedBy() {
        return recordedBy;
    }

    LocalDate countsFrom() {
        return countsFrom;
    }

    Long entryId() {
        return entryId;
    }
}
