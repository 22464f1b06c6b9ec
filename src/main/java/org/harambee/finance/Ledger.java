package org.harambee.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.Installation;
import org.harambee.site.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The books: the chart of accounts, posting and reversing entries (each audited by number only: staff read the
 * audit log, and money is the treasurers'), the journal and the trial balance. Only treasurers reach it (the
 * routes say so); every amount is in the installation's currency.
 */
@Service
@Transactional
class Ledger {

    static final int PAGE_SIZE = 25;
    /** The last page of the journal one may ask for (a million entries). */
    static final int MAX_PAGE = 40_000;

    private final LedgerAccounts accounts;
    private final JournalEntries entries;
    private final ClosedPeriods periods;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ZoneId zone;
    private final Currency currency;

    Ledger(LedgerAccounts accounts, JournalEntries entries, ClosedPeriods periods, AuditLog auditLog, Clock clock,
            FinanceSettings settings, Installation installation) {
        this.accounts = accounts;
        this.entries = entries;
        this.periods = periods;
        this.auditLog = auditLog;
        this.clock = clock;
        this.zone = installation.timeZone();
        this.currency = settings.unit();
    }

    Currency currency() {
        return currency;
    }

    /** Today in the network's time zone. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Every account, by code. */
    @Transactional(readOnly = true)
    List<AccountView> chart(Locale locale) {
        return accounts.findAllByOrderByCodeAsc().stream().map(account -> account.view(locale)).toList();
    }

    /** Adds an account to the chart; a code already taken is refused at its field. */
    Long addAccount(AccountForm form) {
        String code = form.getCode().strip();
        if (accounts.existsByCode(code)) {
            throw new Refusal("code", "finance.account.codeTaken", code);
        }
        LedgerAccount account;
        try {
            account = accounts.saveAndFlush(new LedgerAccount(code, form.getNameEn(), form.getNameEs(),
                    form.getKind()));
        } catch (DataIntegrityViolationException sameMoment) {
            throw new Refusal("code", "finance.account.codeTaken", code);
        }
        auditLog.record("finance.account.added", "ledger account " + code, null);
        return account.id();
    }

    /** Renames an account, or retires it (it keeps its lines and takes no new ones), or puts it in use again. */
    void changeAccount(Long id, AccountChange form) {
        LedgerAccount account = accountFound(id);
        account.describe(form.getNameEn(), form.getNameEs(), form.isActive());
        auditLog.record("finance.account.changed", "ledger account " + account.code(), form.isActive() ? null
                : "retired");
    }

    /** The account as its page shows it, with the form that changes it. */
    @Transactional(readOnly = true)
    AccountView account(Long id, Locale locale) {
        return accountFound(id).view(locale);
    }

    @Transactional(readOnly = true)
    AccountChange accountChange(Long id) {
        return AccountChange.of(accountFound(id));
    }

    private LedgerAccount accountFound(Long id) {
        return accounts.findById(id).orElseThrow(() -> new UnknownEntryException(id));
    }

    /**
     * Posts an entry whose legs name their accounts by code (an import's rows, the demo's books), legs of nothing
     * left out. Refused when one of the accounts is missing from the chart or retired.
     */
    Long postByCode(LocalDate date, String description, List<Leg> legs, UUID by) {
        return postByCode(date, description, legs, by, false);
    }

    /**
     * Posts the entry that dues record (an invoice, a credit note, a payment, dues moved into their year) as
     * {@link #postByCode(LocalDate, String, List, UUID)} does; it is never reversed in the journal (a credit note
     * corrects it).
     */
    Long postForDues(LocalDate date, String description, List<Leg> legs, UUID by) {
        return postByCode(date, description, legs, by, true);
    }

    private Long postByCode(LocalDate date, String description, List<Leg> legs, UUID by, boolean dues) {
        List<Leg> kept = legs.stream().filter(leg -> !leg.amount().isZero()).toList();
        Map<String, LedgerAccount> byCode = accounts.findByCodeIn(kept.stream().map(Leg::code).toList()).stream()
                .collect(Collectors.toMap(LedgerAccount::code, Function.identity()));
        List<EntryDraft.Line> lines = new ArrayList<>();
        for (Leg leg : kept) {
            LedgerAccount account = byCode.get(leg.code());
            if (account == null || !account.active()) {
                throw new Refusal("finance.dues.accountMissing");
            }
            lines.add(new EntryDraft.Line(lines.size(), account.id(), leg.debit() ? leg.amount() : null,
                    leg.debit() ? null : leg.amount(), leg.memo()));
        }
        return post(new EntryDraft(date, description, currency, lines), by, dues);
    }

    /** One line that dues post: the account's code, debit or credit, the amount and a memo. */
    record Leg(String code, boolean debit, Money amount, String memo) {

        static Leg debit(String code, Money amount, String memo) {
            return new Leg(code, true, amount, memo);
        }

        static Leg credit(String code, Money amount, String memo) {
            return new Leg(code, false, amount, memo);
        }
    }

    /** Posts the entry (each line's account must exist and be in use), or refuses it at its fields. */
    Long post(EntryDraft draft, UUID by) {
        return post(draft, by, false);
    }

    private Long post(EntryDraft draft, UUID by, boolean dues) {
        Map<Long, LedgerAccount> known = accounts.findAllById(draft.lines().stream().map(EntryDraft.Line::accountId)
                .toList()).stream().collect(Collectors.toMap(LedgerAccount::id, Function.identity()));
        List<Refusal.Problem> unknown = draft.lines().stream()
                .filter(line -> !known.containsKey(line.accountId()) || !known.get(line.accountId()).active())
                .map(line -> new Refusal.Problem("lines[" + line.row() + "].account", "finance.entry.accountNeeded"))
                .toList();
        if (!unknown.isEmpty()) {
            throw new Refusal(unknown);
        }
        open(draft.date());
        JournalEntry posted = JournalEntry.post(draft, by, clock.instant());
        JournalEntry entry = entries.save(dues ? posted.postedByDues() : posted);
        auditLog.record("finance.entry.posted", "journal entry " + entry.id(), null);
        return entry.id();
    }

    /** Posts the entry that reverses this one, once. */
    Long reverse(Long id, LocalDate date, String reason, HarambeeUser treasurer) {
        JournalEntry entry = found(id);
        if (entries.existsByReversesId(id)) {
            throw new Refusal("finance.entry.reversedAlready");
        }
        open(date);
        JournalEntry reversal;
        try {
            reversal = entries.saveAndFlush(entry.reversal(date, reason, treasurer.accountId(), clock.instant()));
        } catch (DataIntegrityViolationException sameMoment) {
            throw new Refusal("finance.entry.reversedAlready");
        }
        auditLog.record("finance.entry.reversed", "journal entry " + id, "by journal entry " + reversal.id());
        return reversal.id();
    }

    /** Refuses a day on or before the one the books are closed through. */
    private void open(LocalDate date) {
        Optional<LocalDate> closed = periods.closedThrough();
        if (date != null && closed.isPresent() && !date.isAfter(closed.get())) {
            throw new Refusal("date", "finance.period.closed");
        }
    }

    /** The day the books are closed through; empty while no period is closed. */
    @Transactional(readOnly = true)
    Optional<LocalDate> closedThrough() {
        return periods.closedThrough();
    }

    /** Every closing, latest first. */
    @Transactional(readOnly = true)
    List<ClosedPeriod> closings() {
        return periods.findAllByOrderByThroughDesc();
    }

    /** Closes the books through {@code through} (after the day they are closed through now, not after today). */
    void close(LocalDate through, UUID treasurer) {
        ClosedPeriod closing = ClosedPeriod.close(through, periods.closedThrough().orElse(null), today(), treasurer,
                clock.instant());
        try {
            periods.saveAndFlush(closing);
        } catch (DataIntegrityViolationException sameMoment) {
            throw new Refusal("through", "finance.period.through");
        }
        auditLog.record("finance.period.closed", "books through " + through, null);
    }

    @Transactional(readOnly = true)
    EntryView entry(Long id, Locale locale) {
        JournalEntry entry = found(id);
        Map<Long, AccountView> chart = chartById(locale);
        return view(entry, chart, entries.findByReversesId(id).map(JournalEntry::id).orElse(null));
    }

    /** The journal, newest first, a page at a time. */
    @Transactional(readOnly = true)
    Page<EntryView> journal(int page, Locale locale) {
        return journal(JournalEntry.FIRST_DAY, JournalEntry.LAST_DAY, page, locale);
    }

    /** The entries dated from {@code from} to {@code to} (both included), newest first, a page at a time. */
    @Transactional(readOnly = true)
    Page<EntryView> journal(LocalDate from, LocalDate to, int page, Locale locale) {
        Map<Long, AccountView> chart = chartById(locale);
        return entries.findByEntryDateBetweenOrderByEntryDateDescIdDesc(from, to,
                PageRequest.of(Math.min(Math.max(0, page), MAX_PAGE), PAGE_SIZE)).map(entry -> view(entry, chart, null));
    }

    /** The trial balance of the entries dated from {@code from} to {@code to}, both included. */
    @Transactional(readOnly = true)
    TrialBalance trialBalance(LocalDate from, LocalDate to, Locale locale) {
        Map<Long, AccountView> chart = chartById(locale);
        List<TrialBalance.Row> rows = new ArrayList<>();
        Money debits = Money.zero(currency);
        Money credits = Money.zero(currency);
        for (Object[] total : entries.totals(from, to)) {
            AccountView account = chart.get((Long) total[0]);
            Money debit = money((BigDecimal) total[1]);
            Money credit = money((BigDecimal) total[2]);
            rows.add(new TrialBalance.Row(account, debit, credit,
                    account.kind().debitNormal() ? debit.minus(credit) : credit.minus(debit)));
            debits = debits.plus(debit);
            credits = credits.plus(credit);
        }
        rows.sort(Comparator.comparing(row -> row.account().code()));
        return new TrialBalance(from, to, rows, debits, credits);
    }

    private EntryView view(JournalEntry entry, Map<Long, AccountView> chart, Long reversedBy) {
        List<EntryView.Line> lines = entry.lines().stream().map(line -> new EntryView.Line(chart.get(line.accountId()),
                money(line.debit()), money(line.credit()), line.memo())).toList();
        Money debits = lines.stream().map(EntryView.Line::debit).reduce(Money.zero(currency), Money::plus);
        Money credits = lines.stream().map(EntryView.Line::credit).reduce(Money.zero(currency), Money::plus);
        return new EntryView(entry.id(), entry.entryDate(), entry.description(), entry.postedAt(), entry.byDues(),
                entry.reversesId(), reversedBy, lines, debits, credits);
    }

    private Map<Long, AccountView> chartById(Locale locale) {
        return accounts.findAll().stream().collect(Collectors.toMap(LedgerAccount::id, account -> account.view(locale)));
    }

    private Money money(BigDecimal amount) {
        return new Money(amount == null ? BigDecimal.ZERO : amount.setScale(currency.getDefaultFractionDigits(),
                RoundingMode.UNNECESSARY), currency);
    }

    private JournalEntry found(Long id) {
        return entries.findById(id).orElseThrow(() -> new UnknownEntryException(id));
    }
}
