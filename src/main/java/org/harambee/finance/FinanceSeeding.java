package org.harambee.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For seeding a demonstration network's books: a year of dues, grants, donations and expenses, dated in the past,
 * through the same services a treasurer's pages use (so every amount posts its entry and every rule holds). Nothing
 * in production calls it.
 */
@Component
@NamedInterface(name = "seeding", propagate = false)
public class FinanceSeeding {

    private final Dues dues;
    private final Ledger ledger;
    private final JournalEntries entries;
    private final FinancialReports reports;
    private final PublicAccount publicAccount;
    private final LedgerAccounts accounts;

    FinanceSeeding(Dues dues, Ledger ledger, JournalEntries entries, FinancialReports reports,
            PublicAccount publicAccount, LedgerAccounts accounts) {
        this.dues = dues;
        this.ledger = ledger;
        this.entries = entries;
        this.reports = reports;
        this.publicAccount = publicAccount;
        this.accounts = accounts;
    }

    /** Whether the books hold any entry yet. */
    @Transactional(readOnly = true)
    public boolean hasEntries() {
        return entries.count() > 0;
    }

    /** The membership year that contains this day, and the day it starts. */
    public int membershipYearOf(LocalDate day) {
        return dues.settings().yearOf(day).year();
    }

    public LocalDate yearStart(int year) {
        return dues.settings().year(year).start();
    }

    /** Sets a year's schedule: an amount for each rate by its name (every rate of the schedule), an optional floor. */
    @Transactional
    public void schedule(int year, Map<String, BigDecimal> rates, BigDecimal floor, UUID treasurer) {
        Map<DuesRate, Money> amounts = new EnumMap<>(DuesRate.class);
        rates.forEach((rate, amount) -> amounts.put(DuesRate.valueOf(rate), money(amount)));
        dues.setSchedule(year, amounts, floor == null ? null : money(floor), treasurer);
    }

    /** Issues the year's invoice to every active member on {@code day}; answers each invoiced member's amount. */
    @Transactional
    public Map<Long, BigDecimal> invoiceActiveMembers(int year, LocalDate day, UUID treasurer) {
        List<Long> issued = dues.issueYear(year, treasurer, day);
        Map<Long, BigDecimal> amounts = new LinkedHashMap<>();
        dues.invoices(issued).forEach(invoice -> amounts.put(invoice.memberId(),
                invoice.amount(dues.currency()).amount()));
        return amounts;
    }

    /** Records a payment received on {@code day} (method by name: CHECK, BANK_TRANSFER, CASH, OTHER). */
    @Transactional
    public void payment(Long memberId, LocalDate day, String method, String reference, BigDecimal amount,
            UUID treasurer) {
        dues.recordPayment(memberId, new Dues.PaymentDraft(day, PaymentMethod.valueOf(method), reference,
                money(amount)), treasurer);
    }

    /** Grants a waiver of one membership year. */
    @Transactional
    public void waiver(Long memberId, int year, String reason, UUID treasurer) {
        dues.grantWaiver(memberId, year, year, reason, treasurer);
    }

    /**
     * Posts a two-line entry: {@code amount} debited to one account and credited to another, by their codes; answers
     * its id.
     */
    @Transactional
    public Long entry(LocalDate day, String description, String debitCode, String creditCode, BigDecimal amount,
            UUID treasurer) {
        Money money = money(amount);
        return ledger.postByCode(day, description, List.of(Ledger.Leg.debit(debitCode, money, null),
                Ledger.Leg.credit(creditCode, money, null)), treasurer);
    }

    /** Names an entry on the public account. */
    @Transactional
    public void namePublicly(Long entryId, String name, UUID treasurer) {
        publicAccount.name(entryId, name, treasurer);
    }

    /** Sets a year's budget: an amount per income or expense account, by code. */
    @Transactional
    public void budget(int year, Map<String, BigDecimal> amounts, UUID treasurer) {
        Map<Long, Optional<Money>> planned = new HashMap<>();
        accounts.findAll().stream().filter(account -> amounts.containsKey(account.code()))
                .forEach(account -> planned.put(account.id(), Optional.of(money(amounts.get(account.code())))));
        reports.setBudget(year, planned, treasurer);
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, dues.currency());
    }
}
