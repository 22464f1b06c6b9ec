package org.harambee.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.identity.AuditLog;
import org.harambee.site.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's public account of a year, derived from the books (nothing is typed twice): income by category
 * (dues by tier as counts and totals, grants, donations…) and expenses by category, each against the year's budget;
 * the grant makers and payees whose entries a treasurer named for it; and who may read it (everyone, or members
 * only), as administrators choose. People and small donors are never named: an entry without a public name counts
 * only within its category.
 */
@Service
@Transactional(readOnly = true)
class PublicAccount {

    static final int MAX_NAME = 120;

    private final FinancialReports reports;
    private final Ledger ledger;
    private final DuesSettings settings;
    private final JdbcTemplate jdbc;
    private final AuditLog auditLog;

    PublicAccount(FinancialReports reports, Ledger ledger, DuesSettings settings, JdbcTemplate jdbc,
            AuditLog auditLog) {
        this.reports = reports;
        this.ledger = ledger;
        this.settings = settings;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** Who may read the public account. */
    enum Audience {
        EVERYONE, MEMBERS
    }

    Audience audience() {
        return Audience.valueOf(jdbc.queryForObject("select audience from public_account_setting where id = 1",
                String.class));
    }

    @Transactional
    void open(Audience audience) {
        jdbc.update("update public_account_setting set audience = ? where id = 1", audience.name());
        auditLog.record("finance.transparency.audience", "public account", audience.name());
    }

    /** The membership year of today, and every year the books have entries in, latest first. */
    List<Integer> years() {
        int current = settings.yearOf(ledger.today()).year();
        LocalDate first = jdbc.queryForObject("select min(entry_date) from journal_entry", LocalDate.class);
        List<Integer> years = new ArrayList<>();
        int from = first == null ? current : Math.max(settings.yearOf(first).year(), current - 50);
        for (int year = current; year >= from; year--) {
            years.add(year);
        }
        return years;
    }

    /** The public account of a membership year (so far, for the current one). */
    Reports.PublicReport report(int year, Locale locale) {
        Reports.Budget budget = reports.budget(year, ledger.today(), locale);
        MembershipYear period = budget.year();
        Map<Long, List<Reports.Named>> named = named(period.start(), budget.through(), locale);
        List<Reports.Category> income = categories(budget.income(), named);
        List<Reports.Category> expenses = categories(budget.expenses(), named);
        return new Reports.PublicReport(period, budget.through(), income, expenses, dues(year), budget.incomeActual(),
                budget.incomeBudget(), budget.expenseActual(), budget.expenseBudget());
    }

    private List<Reports.Category> categories(List<Reports.BudgetRow> rows, Map<Long, List<Reports.Named>> named) {
        return rows.stream().filter(row -> !row.actual().isZero() || !row.budget().isZero())
                .map(row -> new Reports.Category(row.account().name(), row.actual(), row.budget(),
                        named.getOrDefault(row.account().id(), List.of())))
                .sorted(Comparator.comparing((Reports.Category category) -> category.actual().amount()).reversed()).toList();
    }

    /**
     * The entries a treasurer named for the public account, per income or expense account, with their amounts; an
     * entry reversed since is left out (its category's total no longer holds it either).
     */
    private Map<Long, List<Reports.Named>> named(LocalDate from, LocalDate to, Locale locale) {
        Map<Long, List<Reports.Named>> named = new HashMap<>();
        jdbc.query("""
                select l.account_id, n.public_name, sum(l.debit), sum(l.credit) from public_entry_name n
                join journal_line l on l.entry_id = n.entry_id join ledger_account a on a.id = l.account_id
                where a.kind in ('INCOME', 'EXPENSE') and exists (select 1 from journal_entry e where e.id = n.entry_id
                  and e.entry_date between ? and ?)
                and not exists (select 1 from journal_entry r where r.reverses_id = n.entry_id)
                group by l.account_id, n.public_name, a.kind order by n.public_name""", row -> {
                    BigDecimal debit = row.getBigDecimal(3);
                    BigDecimal credit = row.getBigDecimal(4);
                    BigDecimal amount = debit.subtract(credit).abs();
                    named.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new Reports.Named(
                            row.getString(2), new Money(amount.stripTrailingZeros(), ledger.currency())));
                }, from, to);
        return named;
    }

    /** The year's dues by rate: how many members were invoiced (each once), and the dues after credit notes. */
    private List<Reports.Tier> dues(int year) {
        Map<String, Reports.Tier> tiers = new LinkedHashMap<>();
        jdbc.query("""
                select i.rate, count(distinct i.member_id), sum(i.amount - coalesce((select sum(c.amount) from dues_invoice c
                  where c.credits_id = i.id), 0)) from dues_invoice i
                where i.series = 'INVOICE' and i.membership_year = ? group by i.rate order by i.rate""", row -> {
                    tiers.put(row.getString(1), new Reports.Tier(DuesRate.valueOf(row.getString(1)), row.getInt(2),
                            new Money(row.getBigDecimal(3).stripTrailingZeros().max(BigDecimal.ZERO),
                                    ledger.currency())));
                }, year);
        return List.copyOf(tiers.values());
    }

    /** Gives a journal entry the name the public account shows it under (blank: no name, counted in its category). */
    @Transactional
    void name(Long entryId, String name, UUID treasurer) {
        ledger.entry(entryId, Locale.ENGLISH);
        String shown = name == null ? "" : name.replaceAll("\\p{Cntrl}", " ").strip();
        if (shown.length() > MAX_NAME) {
            throw new Refusal("publicName", "finance.transparency.nameTooLong");
        }
        jdbc.update("delete from public_entry_name where entry_id = ?", entryId);
        if (!shown.isEmpty()) {
            jdbc.update("insert into public_entry_name (entry_id, public_name) values (?, ?)", entryId, shown);
        }
        auditLog.record("finance.transparency.named", "journal entry " + entryId, shown.isEmpty() ? "unnamed" : null);
    }

    /** The name an entry has on the public account; null when none. */
    String nameOf(Long entryId) {
        return jdbc.query("select public_name from public_entry_name where entry_id = ?",
                row -> row.next() ? row.getString(1) : null, entryId);
    }
}
