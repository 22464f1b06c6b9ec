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
import org.harambee.membership.BudgetBand;
import org.harambee.membership.MemberKind;

/**
 * A dues invoice, or a credit note that reduces one: numbered without gaps in its series and year, in the member's
 * name and language as they were when it was issued, and never changed after (nothing here changes it; PostgreSQL
 * refuses an update too). Issuing one posts its journal entry, whose id it keeps.
 */
@Entity
@Table(name = "dues_invoice")
class DuesInvoice {

    static final int MAX_NOTE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dues_invoice_seq")
    @SequenceGenerator(name = "dues_invoice_seq", sequenceName = "dues_invoice_seq", allocationSize = 50)
    private Long id;
    @Enumerated(EnumType.STRING)
    private InvoiceSeries series;
    private int numberYear;
    private int number;
    private Long memberId;
    @Enumerated(EnumType.STRING)
    private MemberKind memberKind;
    private String memberName;
    @Enumerated(EnumType.STRING)
    private DuesRate rate;
    @Enumerated(EnumType.STRING)
    private BudgetBand budgetBand;
    private boolean attested;
    private int membershipYear;
    private BigDecimal amount;
    private LocalDate issuedOn;
    private LocalDate dueOn;
    private String language;
    private Long creditsId;
    private String note;
    private Long entryId;
    private UUID issuedBy;
    private Instant issuedAt;

    protected DuesInvoice() {
    }

    private DuesInvoice(Issue issue, InvoiceSeries series, int number, Long entryId) {
        this.series = series;
        this.numberYear = issue.issuedOn().getYear();
        this.number = number;
        this.memberId = issue.memberId();
        this.memberKind = issue.memberKind();
        this.memberName = issue.memberName();
        this.rate = issue.rate();
        this.budgetBand = issue.budgetBand();
        this.attested = issue.attested();
        this.membershipYear = issue.membershipYear();
        this.amount = issue.amount().amount();
        this.issuedOn = issue.issuedOn();
        this.dueOn = issue.dueOn();
        this.language = issue.language();
        this.creditsId = issue.creditsId();
        this.note = issue.note();
        this.issuedBy = issue.issuedBy();
        this.issuedAt = issue.issuedAt();
        this.entryId = entryId;
    }

    /** An invoice numbered {@code number} in its year's invoice series, whose entry is {@code entryId}. */
    static DuesInvoice invoice(Issue issue, int number, Long entryId) {
        return new DuesInvoice(issue, InvoiceSeries.INVOICE, number, entryId);
    }

    /** A credit note numbered {@code number} in its year's credit-note series, reducing the invoice it names. */
    static DuesInvoice creditNote(Issue issue, int number, Long entryId) {
        if (issue.creditsId() == null) {
            throw new IllegalArgumentException("A credit note names the invoice it reduces");
        }
        return new DuesInvoice(issue, InvoiceSeries.CREDIT_NOTE, number, entryId);
    }

    /** What an invoice or credit note says when it is issued. */
    record Issue(Long memberId, MemberKind memberKind, String memberName, DuesRate rate, BudgetBand budgetBand,
            boolean attested, int membershipYear, Money amount, LocalDate issuedOn, LocalDate dueOn, String language,
            Long creditsId, String note, UUID issuedBy, Instant issuedAt) {
    }

    Long id() {
        return id;
    }

    InvoiceSeries series() {
        return series;
    }

    boolean creditNote() {
        return series == InvoiceSeries.CREDIT_NOTE;
    }

    String number() {
        return series.number(numberYear, number);
    }

    Long memberId() {
        return memberId;
    }

    MemberKind memberKind() {
        return memberKind;
    }

    String memberName() {
        return memberName;
    }

    DuesRate rate() {
        return rate;
    }

    BudgetBand budgetBand() {
        return budgetBand;
    }

    boolean attested() {
        return attested;
    }

    int membershipYear() {
        return membershipYear;
    }

    Money amount(Currency currency) {
        return new Money(amount.stripTrailingZeros(), currency);
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    String language() {
        return language;
    }

    Long creditsId() {
        return creditsId;
    }

    String note() {
        return note;
    }

    Long entryId() {
        return entryId;
    }
}
