package org.harambee.finance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.harambee.identity.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports of the books, all derived from the journal (never typed twice): the income statement of a period, the
 * balance sheet on a day, and a year's budget against actual, whose budget treasurers set per income and expense
 * account.
 */
@Service
@Transactional(readOnly = true)
class FinancialReports {

    private final Ledger ledger;
    private final BudgetLines budgets;
    private final DuesSettings settings;
    private final AuditLog auditLog;

    FinancialReports(Ledger ledger, BudgetLines budgets, DuesSettings settings, AuditLog auditLog) {
        this.ledger = ledger;
        this.budgets = budgets;
        this.settings = settings;
        this.auditLog = auditLog;
    }

    Reports.IncomeStatement incomeStatement(LocalDate from, LocalDate to, Locale locale) {
        TrialBalance balance = ledger.trialBalance(from, to, locale);
        List<Reports.Line> income = lines(balance, AccountKind.INCOME);
        List<Reports.Line> expenses = lines(balance, AccountKind.EXPENSE);
        Money totalIncome = total(income);
        Money totalExpenses = total(expenses);
        return new Reports.IncomeStatement(from, to, income, expenses, totalIncome, totalExpenses,
                totalIncome.minus(totalExpenses));
    }

    Reports.BalanceSheet balanceSheet(LocalDate on, Locale locale) {
        TrialBalance balance = ledger.trialBalance(JournalEntry.FIRST_DAY, on, locale);
        List<Reports.Line> assets = lines(balance, AccountKind.ASSET);
        List<Reports.Line> liabilities = lines(balance, AccountKind.LIABILITY);
        List<Reports.Line> netAssets = lines(balance, AccountKind.NET_ASSETS);
        Money netIncome = total(lines(balance, AccountKind.INCOME)).minus(total(lines(balance, AccountKind.EXPENSE)));
        return new Reports.BalanceSheet(on, assets, liabilities, netAssets, total(assets), total(liabilities),
                netIncome, total(netAssets).plus(netIncome));
    }

    /**
     * The year's budget against the actual of the entries dated in the year through {@code today} (the report's
     * "through" day: today within the year, its last day once it is over; a year still to come has no actual yet,
     * even where entries are dated in it already, such as dues invoiced in advance and moved into it on its first
     * day).
     */
    Reports.Budget budget(int year, LocalDate today, Locale locale) {
        MembershipYear period = settings.year(year);
        LocalDate end = today.isBefore(period.end()) ? today : period.end();
        Map<Long, Money> planned = planned(year);
        Map<Long, Money> actual = new HashMap<>();
        ledger.trialBalance(period.start(), end, locale).rows()
                .forEach(row -> actual.put(row.account().id(), row.balance()));
        List<AccountView> chart = ledger.chart(locale);
        List<Reports.BudgetRow> income = rows(chart, AccountKind.INCOME, planned, actual);
        List<Reports.BudgetRow> expenses = rows(chart, AccountKind.EXPENSE, planned, actual);
        return new Reports.Budget(period, end, income, expenses, sum(income, true), sum(income, false),
                sum(expenses, true), sum(expenses, false));
    }

    /** The budget of a year, per account id. */
    Map<Long, Money> planned(int year) {
        Map<Long, Money> planned = new HashMap<>();
        budgets.findByYear(year).forEach(line -> planned.put(line.accountId(), new Money(line.amount()
                .stripTrailingZeros(), ledger.currency())));
        return planned;
    }

    /**
     * Sets a year's budget for the income and expense accounts given: an amount, or nothing (none budgeted). Accounts
     * not given keep theirs.
     */
    @Transactional
    void setBudget(int year, Map<Long, Optional<Money>> amounts, UUID treasurer) {
        Map<Long, AccountView> chart = new HashMap<>();
        ledger.chart(Locale.ENGLISH).forEach(account -> chart.put(account.id(), account));
        amounts.forEach((account, amount) -> {
            AccountView known = chart.get(account);
            if (known == null || (known.kind() != AccountKind.INCOME && known.kind() != AccountKind.EXPENSE)) {
                return;
            }
            BudgetLine.Key key = new BudgetLine.Key(year, account);
            if (amount.isEmpty() || amount.get().isZero()) {
                budgets.findById(key).ifPresent(budgets::delete);
            } else {
                budgets.save(budgets.findById(key).map(line -> line.plan(amount.get()))
                        .orElseGet(() -> new BudgetLine(year, account, amount.get())));
            }
        });
        auditLog.record("finance.budget.set", "budget " + year, null);
    }

    private List<Reports.BudgetRow> rows(List<AccountView> chart, AccountKind kind, Map<Long, Money> planned,
            Map<Long, Money> actual) {
        Money zero = Money.zero(ledger.currency());
        Predicate<AccountView> shown = account -> account.kind() == kind
                && (account.active() || planned.containsKey(account.id()) || actual.containsKey(account.id()));
        return chart.stream().filter(shown).map(account -> new Reports.BudgetRow(account,
                planned.getOrDefault(account.id(), zero), actual.getOrDefault(account.id(), zero))).toList();
    }

    private Money sum(List<Reports.BudgetRow> rows, boolean budget) {
        return rows.stream().map(row -> budget ? row.budget() : row.actual())
                .reduce(Money.zero(ledger.currency()), Money::plus);
    }

    private static List<Reports.Line> lines(TrialBalance balance, AccountKind kind) {
        return balance.rows().stream().filter(row -> row.account().kind() == kind)
                .map(row -> new Reports.Line(row.account(), row.balance()))
                .sorted(Comparator.comparing(line -> line.account().code())).toList();
    }

    private Money total(List<Reports.Line> lines) {
        return lines.stream().map(Reports.Line::amount).reduce(Money.zero(ledger.currency()), Money::plus);
    }
}
