package org.harambee.finance;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.identity.AuditLog;
import org.harambee.membership.BudgetBand;
import org.harambee.membership.MemberKind;
import org.harambee.membership.MemberRenewals;
import org.harambee.membership.MemberRoll;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.RollMember;
import org.harambee.site.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The treasurer's dues: the schedule of each membership year, invoices and credit notes (numbered without gaps),
 * payments (a second treasurer approves those above the threshold), waivers and attestations, each posting its journal
 * entry and audited by number only. Who may call what is the controllers' business: every member id here is one the
 * caller was allowed to name.
 */
@Service
@Transactional
class Dues {

    /**
     * The accounts dues post to, by code: the bank, dues receivable, members' credit, dues paid in advance (invoiced
     * before their year starts), dues income.
     */
    static final String BANK = "1000";
    static final String RECEIVABLE = "1100";
    static final String MEMBER_CREDIT = "2200";
    static final String PAID_IN_ADVANCE = "2100";
    static final String DUES_INCOME = "4000";

    private final DuesSchedules schedules;
    private final DuesInvoices invoices;
    private final InvoiceCounters counters;
    private final DuesPayments payments;
    private final DuesWaivers waivers;
    private final DuesAttestations attestations;
    private final MemberRoll roll;
    private final MemberRenewals renewals;
    private final DuesMail mail;
    private final Ledger ledger;
    private final AuditLog auditLog;
    private final Clock clock;
    private final DuesSettings settings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate apart;

    Dues(DuesSchedules schedules, DuesInvoices invoices, InvoiceCounters counters, DuesPayments payments,
            DuesWaivers waivers, DuesAttestations attestations, MemberRoll roll, MemberRenewals renewals,
            DuesMail mail, Ledger ledger, AuditLog auditLog, Clock clock, DuesSettings settings, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.schedules = schedules;
        this.invoices = invoices;
        this.counters = counters;
        this.payments = payments;
        this.waivers = waivers;
        this.attestations = attestations;
        this.roll = roll;
        this.renewals = renewals;
        this.mail = mail;
        this.ledger = ledger;
        this.auditLog = auditLog;
        this.clock = clock;
        this.settings = settings;
        this.jdbc = jdbc;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Currency currency() {
        return ledger.currency();
    }

    LocalDate today() {
        return ledger.today();
    }

    DuesSettings settings() {
        return settings;
    }

    @Transactional(readOnly = true)
    Optional<DuesSchedule> schedule(int year) {
        return schedules.findById(year);
    }

    @Transactional(readOnly = true)
    List<DuesSchedule> schedules() {
        return schedules.findAllByOrderByMembershipYearDesc();
    }

    /** Sets the schedule of a membership year: every rate, and the sliding-scale floor (null for none). */
    void setSchedule(int year, Map<DuesRate, Money> rates, Money floor, UUID treasurer) {
        DuesSchedule schedule = schedules.findById(year).orElseGet(() -> new DuesSchedule(year));
        schedule.set(rates, floor, treasurer, clock.instant());
        schedules.save(schedule);
        auditLog.record("finance.dues.scheduled", "dues schedule " + year, null);
    }

    /**
     * Issues the member's invoice for a membership year, at its tier's rate or, when {@code slidingAmount} is given,
     * at that amount (the schedule must have a sliding scale, and the amount be at least its floor). Refused when the
     * member is not active or lapsed, the year has no schedule, it is invoiced already (and not credited in full),
     * waived, or its rate is nothing.
     */
    Long issue(Long memberId, int year, Money slidingAmount, UUID treasurer) {
        return issue(memberId, year, slidingAmount, treasurer, today());
    }

    /** Issues the invoice as {@link #issue(Long, int, Money, UUID)} does, dated {@code today}. */
    Long issue(Long memberId, int year, Money slidingAmount, UUID treasurer, LocalDate today) {
        RollMember member = roll.member(memberId).orElseThrow(() -> new UnknownEntryException(memberId));
        DuesSchedule schedule = schedules.findById(year)
                .orElseThrow(() -> new Refusal("year", "finance.invoice.noSchedule"));
        InvoiceCounter counter = lockedCounter(InvoiceSeries.INVOICE, today.getYear());
        DuesAccount account = account(memberId);
        if (member.status() != MembershipStatus.ACTIVE && member.status() != MembershipStatus.LAPSED) {
            throw new Refusal("finance.invoice.notActive");
        }
        if (account.invoiced(year)) {
            throw new Refusal("year", "finance.invoice.already");
        }
        if (account.waived(year)) {
            throw new Refusal("year", "finance.invoice.waived");
        }
        Tier tier = tier(member, year);
        Money amount = slidingAmount == null ? schedule.rate(tier.rate(), currency()) : sliding(schedule, slidingAmount);
        if (amount.isZero()) {
            throw new Refusal("year", "finance.invoice.nothingDue");
        }
        MembershipYear membershipYear = settings.year(year);
        LocalDate due = today.plusDays(settings.daysToPay());
        DuesInvoice.Issue issue = new DuesInvoice.Issue(memberId, member.kind(), member.name(), tier.rate(),
                tier.band(), tier.attested(), year, amount, today,
                due.isBefore(membershipYear.start()) ? membershipYear.start() : due, member.language(), null, null,
                treasurer, clock.instant());
        int number = counter.next();
        String printed = InvoiceSeries.INVOICE.number(today.getYear(), number);
        Money fromCredit = Money.min(account.credit(), amount);
        String income = incomeAccount(membershipYear, today);
        Long entry = ledger.postForDues(today, "Dues invoice " + printed, List.of(
                Ledger.Leg.debit(RECEIVABLE, amount, printed), Ledger.Leg.credit(income, amount, printed),
                Ledger.Leg.debit(MEMBER_CREDIT, fromCredit, printed), Ledger.Leg.credit(RECEIVABLE, fromCredit,
                        printed)), treasurer);
        recognize(membershipYear, today, amount, true, "Dues of invoice " + printed + " earned as its year starts",
                printed, treasurer);
        DuesInvoice invoice = invoices.saveAndFlush(DuesInvoice.invoice(issue, number, entry));
        auditLog.record("finance.invoice.issued", "invoice " + printed, null);
        Locale locale = DuesMail.localeOf(member);
        mail.sendInvoice(member, mail.invoice(invoice, membershipYear, null, amount, amount.minus(fromCredit), locale),
                printed, false);
        renewIfSettled(memberId);
        return invoice.id();
    }

    /**
     * Whether the year's invoice is still to issue to the member: a member before the year ended (one that joined
     * later owes nothing for it), none yet (or only one credited in full), not waived, and a rate above nothing.
     * Checked again under the counter's lock, where another issuer (another node's daily job) may have issued it
     * meanwhile.
     */
    private boolean owesYear(DuesAccount account, RollMember member, DuesSchedule schedule, int year) {
        return member.memberSince() != null && !member.memberSince().isAfter(settings.year(year).end())
                && !account.invoiced(year) && !account.waived(year)
                && !schedule.rate(tier(member, year).rate(), currency()).isZero();
    }

    /**
     * Where dues income of a membership year goes on {@code day}: the dues income account once the year has started,
     * dues paid in advance (a liability) before it.
     */
    private static String incomeAccount(MembershipYear year, LocalDate day) {
        return day.isBefore(year.start()) ? PAID_IN_ADVANCE : DUES_INCOME;
    }

    /**
     * Dues invoiced (or credited) before their year starts become income (or stop being income) on the year's first
     * day: the entry that moves them between dues paid in advance and dues income is posted now, dated that day.
     */
    private void recognize(MembershipYear year, LocalDate day, Money amount, boolean earned, String description,
            String memo, UUID treasurer) {
        if (day.isBefore(year.start())) {
            ledger.postForDues(year.start(), description, List.of(
                    earned ? Ledger.Leg.debit(PAID_IN_ADVANCE, amount, memo) : Ledger.Leg.debit(DUES_INCOME, amount,
                            memo),
                    earned ? Ledger.Leg.credit(DUES_INCOME, amount, memo) : Ledger.Leg.credit(PAID_IN_ADVANCE, amount,
                            memo)), treasurer);
        }
    }

    /** The member's tier for a membership year: the band its representative attested, or its profile's. */
    private Tier tier(RollMember member, int year) {
        Optional<BudgetBand> attested = member.kind() == MemberKind.ORGANIZATION
                ? attestations.findById(new DuesAttestation.Key(member.id(), year)).map(DuesAttestation::budgetBand)
                : Optional.empty();
        BudgetBand band = member.kind() == MemberKind.ORGANIZATION ? attested.orElse(member.budget()) : null;
        return new Tier(DuesRate.of(member.kind(), band), band, attested.isPresent());
    }

    private record Tier(DuesRate rate, BudgetBand band, boolean attested) {
    }

    private Money sliding(DuesSchedule schedule, Money amount) {
        Money floor = schedule.slidingFloor(currency())
                .orElseThrow(() -> new Refusal("slidingAmount", "finance.invoice.noSlidingScale"));
        if (amount.amount().compareTo(floor.amount()) < 0) {
            throw new Refusal("slidingAmount", "finance.invoice.belowFloor", floor.typed());
        }
        return amount;
    }

    /**
     * Issues the year's invoice to every active member that has none yet, no waiver for the year and a rate above
     * nothing; one by one, so that numbers follow each other, each in a transaction of its own: the counter is locked
     * for one invoice at a time (a treasurer's own work waits for one, not for the whole run), the work of one stays
     * the same size however many members there are, and a run that stops part-way is finished by running it again
     * (a member already invoiced is passed over). Returns how many were issued.
     */
    int issueYear(int year, UUID treasurer) {
        return issueYear(year, treasurer, today()).size();
    }

    /** Issues the year's invoices as {@link #issueYear(int, UUID)} does, dated {@code today}; returns their ids. */
    List<Long> issueYear(int year, UUID treasurer, LocalDate today) {
        DuesSchedule schedule = schedules.findById(year)
                .orElseThrow(() -> new Refusal("year", "finance.invoice.noSchedule"));
        List<RollMember> active = roll.admitted().stream()
                .filter(member -> member.status() == MembershipStatus.ACTIVE).toList();
        Map<Long, DuesAccount> accounts = accounts(active.stream().map(RollMember::id).toList());
        List<Long> issued = new ArrayList<>();
        for (RollMember member : active) {
            if (owesYear(accounts.get(member.id()), member, schedule, year)) {
                apart.executeWithoutResult(status -> {
                    lockedCounter(InvoiceSeries.INVOICE, today.getYear());
                    if (owesYear(account(member.id()), member, schedule, year)) {
                        issued.add(issue(member.id(), year, null, treasurer, today));
                    }
                });
            }
        }
        return issued;
    }

    /**
     * Issues a credit note reducing an invoice by {@code amount} (at most what earlier credit notes left of it), for a
     * reason (null only for a waiver). What the invoice no longer owes goes back to the member as credit.
     */
    Long credit(Long invoiceId, Money amount, String reason, UUID treasurer) {
        DuesInvoice invoice = invoices.findById(invoiceId).filter(found -> !found.creditNote())
                .orElseThrow(() -> new UnknownEntryException(invoiceId));
        String why = reason == null ? null : reason.strip();
        if (why != null && (why.isEmpty() || why.length() > DuesInvoice.MAX_NOTE)) {
            throw new Refusal("reason", "finance.credit.reasonNeeded", DuesInvoice.MAX_NOTE);
        }
        LocalDate today = today();
        serialized(today);
        InvoiceCounter counter = lockedCounter(InvoiceSeries.CREDIT_NOTE, today.getYear());
        DuesAccount account = account(invoice.memberId());
        Money creditable = account.creditable(invoiceId);
        if (amount == null || amount.signum() <= 0 || amount.amount().compareTo(creditable.amount()) > 0) {
            throw new Refusal("amount", "finance.credit.tooMuch", creditable.typed());
        }
        int number = counter.next();
        Money fromOwed = Money.min(amount, account.owed());
        String printed = InvoiceSeries.CREDIT_NOTE.number(today.getYear(), number);
        MembershipYear year = settings.year(invoice.membershipYear());
        Long entry = ledger.postForDues(today, "Credit note " + printed + " of invoice " + invoice.number(), List.of(
                Ledger.Leg.debit(incomeAccount(year, today), amount, printed), Ledger.Leg.credit(RECEIVABLE, fromOwed,
                        printed), Ledger.Leg.credit(MEMBER_CREDIT, amount.minus(fromOwed), printed)), treasurer);
        recognize(year, today, amount, false, "Credit note " + printed + " taken off the dues of its year",
                printed, treasurer);
        DuesInvoice note = invoices.saveAndFlush(DuesInvoice.creditNote(new DuesInvoice.Issue(invoice.memberId(),
                invoice.memberKind(), invoice.memberName(), null, null, false, invoice.membershipYear(), amount, today,
                today, invoice.language(), invoiceId, why, treasurer, clock.instant()), number, entry));
        auditLog.record("finance.credit.issued", "credit note " + printed, "of invoice " + invoice.number());
        roll.member(invoice.memberId()).ifPresent(member -> mail.sendInvoice(member, mail.invoice(note,
                settings.year(invoice.membershipYear()), invoice.number(), amount, Money.zero(currency()),
                DuesMail.localeOf(member)), printed, true));
        renewIfSettled(invoice.memberId());
        return note.id();
    }

    /**
     * Records a payment received from a member: it counts at once, or waits for a second treasurer when above the
     * threshold. Refused at its fields: no method, a day before the books or after today, a longer reference.
     */
    Long recordPayment(Long memberId, PaymentDraft draft, UUID treasurer) {
        RollMember member = roll.member(memberId).orElseThrow(() -> new UnknownEntryException(memberId));
        List<Refusal.Problem> problems = new ArrayList<>();
        LocalDate today = today();
        if (!JournalEntry.dated(draft.receivedOn()) || draft.receivedOn().isAfter(today)) {
            problems.add(new Refusal.Problem("receivedOn", "finance.payment.dateNeeded"));
        }
        if (draft.method() == null) {
            problems.add(new Refusal.Problem("method", "finance.payment.methodNeeded"));
        }
        if (draft.reference() != null && draft.reference().strip().length() > DuesPayment.MAX_REFERENCE) {
            problems.add(new Refusal.Problem("reference", "finance.payment.referenceTooLong",
                    DuesPayment.MAX_REFERENCE));
        }
        if (draft.amount() == null || draft.amount().signum() <= 0) {
            problems.add(new Refusal.Problem("amount", "finance.payment.amountNeeded"));
        }
        if (member.status() == MembershipStatus.APPLICANT) {
            problems.add(new Refusal.Problem(null, "finance.payment.applicant"));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        serialized(today);
        DuesPayment payment = payments.saveAndFlush(new DuesPayment(memberId, draft.receivedOn(), draft.method(),
                draft.reference(), draft.amount(), treasurer, clock.instant()));
        auditLog.record("finance.payment.recorded", "payment " + payment.id(), null);
        if (draft.amount().amount().compareTo(settings.threshold(currency()).amount()) <= 0) {
            payment.count(payment.receivedOn(), post(payment, payment.receivedOn(), treasurer));
            counted(payment, member);
        }
        return payment.id();
    }

    /** A second treasurer approves a pending payment: it counts from today, or from the day received if later. */
    void approvePayment(Long id, UUID treasurer) {
        LocalDate today = today();
        serialized(today);
        DuesPayment payment = payments.findById(id).orElseThrow(() -> new UnknownEntryException(id));
        payment.decidableBy(treasurer);
        LocalDate counts = today.isBefore(payment.receivedOn()) ? payment.receivedOn() : today;
        payment.approve(treasurer, clock.instant(), today, post(payment, counts, treasurer));
        auditLog.record("finance.payment.approved", "payment " + id, null);
        roll.member(payment.memberId()).ifPresent(member -> counted(payment, member));
    }

    /** A payment counts: its receipt goes to the member, and its membership renews when its dues are settled. */
    private void counted(DuesPayment payment, RollMember member) {
        payments.flush();
        mail.sendReceipt(member, mail.receipt(payment, member, payment.amount(currency()), DuesMail.localeOf(member)),
                DuesMail.receiptNumber(payment));
        renewIfSettled(member.id());
    }

    /** The invoice or credit note as a PDF in its member's language; empty when there is none. */
    @Transactional(readOnly = true)
    Optional<DuesFile> invoicePdf(Long id) {
        return invoices.findById(id).flatMap(invoice -> roll.member(invoice.memberId()).map(member -> {
            DuesAccount account = account(invoice.memberId());
            String credits = invoice.creditsId() == null ? null
                    : invoices.findById(invoice.creditsId()).map(DuesInvoice::number).orElse(null);
            Money owed = account.invoice(id).map(DuesAccount.Settlement::owed).orElse(Money.zero(currency()));
            return DuesFile.pdf(invoice.number() + ".pdf", DuesPdf.render(mail.invoice(invoice,
                    settings.year(invoice.membershipYear()), credits, invoice.amount(currency()), owed,
                    DuesMail.localeOf(member))));
        }));
    }

    /** The receipt of a counted payment as a PDF in its member's language; empty for any other payment. */
    @Transactional(readOnly = true)
    Optional<DuesFile> receiptPdf(Long id) {
        return payments.findById(id).filter(payment -> payment.status() == PaymentStatus.COUNTED)
                .flatMap(payment -> roll.member(payment.memberId()).map(member -> DuesFile.pdf(
                        DuesMail.receiptNumber(payment) + ".pdf", DuesPdf.render(mail.receipt(payment, member,
                                payment.amount(currency()), DuesMail.localeOf(member))))));
    }

    /**
     * A file to download: its name, type and bytes; a document Harambee made opens in the browser, a file someone
     * uploaded is saved ({@code inline} false), so that nothing uploaded runs in the site's pages.
     */
    record DuesFile(String name, MediaType type, byte[] content, boolean inline) {

        DuesFile {
            content = content.clone();
        }

        static DuesFile pdf(String name, byte[] content) {
            return new DuesFile(name, MediaType.APPLICATION_PDF, content, true);
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        /** The answer that downloads it. */
        ResponseEntity<byte[]> download() {
            ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                    .filename(name, StandardCharsets.UTF_8).build();
            return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                    disposition.toString()).body(content());
        }
    }

    /** A second treasurer declines a pending payment: it never counts. */
    void declinePayment(Long id, UUID treasurer) {
        serialized(today());
        DuesPayment payment = payments.findById(id).orElseThrow(() -> new UnknownEntryException(id));
        payment.decline(treasurer, clock.instant());
        auditLog.record("finance.payment.declined", "payment " + id, null);
    }

    /** The payment's entry: the bank receives it, against what the member owes and, beyond that, its credit. */
    private Long post(DuesPayment payment, LocalDate day, UUID treasurer) {
        Money amount = payment.amount(currency());
        Money owed = account(payment.memberId()).owed();
        Money toOwed = Money.min(amount, owed);
        String memo = "payment " + payment.id();
        return ledger.postForDues(day, "Dues payment " + payment.id() + " (" + payment.method().name().toLowerCase()
                + ")", List.of(Ledger.Leg.debit(BANK, amount, memo), Ledger.Leg.credit(RECEIVABLE, toOwed, memo),
                        Ledger.Leg.credit(MEMBER_CREDIT, amount.minus(toOwed), memo)), treasurer);
    }

    /** A representative (or the individual member) asks for a waiver of these membership years. */
    Long requestWaiver(Long memberId, Integer fromYear, Integer toYear, String reason, UUID by) {
        DuesWaiver waiver = waivers.save(DuesWaiver.requested(memberId, fromYear, toYear, reason, by,
                clock.instant()));
        auditLog.record("finance.waiver.requested", "waiver " + waiver.id(), null);
        return waiver.id();
    }

    /** A treasurer grants a waiver directly, for these membership years. */
    Long grantWaiver(Long memberId, Integer fromYear, Integer toYear, String reason, UUID treasurer) {
        roll.member(memberId).orElseThrow(() -> new UnknownEntryException(memberId));
        DuesWaiver waiver = waivers.save(DuesWaiver.requested(memberId, fromYear, toYear, reason, treasurer,
                clock.instant()));
        grant(waiver, treasurer);
        return waiver.id();
    }

    /** A treasurer grants a requested waiver. */
    void grantWaiver(Long id, UUID treasurer) {
        grant(waivers.findById(id).orElseThrow(() -> new UnknownEntryException(id)), treasurer);
    }

    /** Grants the waiver, and credits what the member still owes on the invoices of the years it covers. */
    private void grant(DuesWaiver waiver, UUID treasurer) {
        waiver.grant(treasurer, clock.instant());
        waivers.flush();
        for (DuesAccount.Settlement invoice : account(waiver.memberId()).invoices()) {
            if (waiver.covers(invoice.charge().membershipYear()) && !invoice.settled()) {
                credit(invoice.charge().id(), invoice.owed(), null, treasurer);
            }
        }
        auditLog.record("finance.waiver.granted", "waiver " + waiver.id(), null);
        renewIfSettled(waiver.memberId());
    }

    /**
     * When the member's dues are settled (or waived) through a membership year, its membership renews the day after
     * that year ends, by membership's own rules.
     */
    private void renewIfSettled(Long memberId) {
        account(memberId).settledThroughYear().ifPresent(year -> renewals.duesSettledThrough(memberId,
                settings.year(year).end()));
    }

    void declineWaiver(Long id, UUID treasurer) {
        DuesWaiver waiver = waivers.findById(id).orElseThrow(() -> new UnknownEntryException(id));
        waiver.decline(treasurer, clock.instant());
        auditLog.record("finance.waiver.declined", "waiver " + id, null);
    }

    /** A representative attests their organization's budget band for a membership year not yet invoiced. */
    void attest(Long memberId, Integer year, BudgetBand band, UUID by) {
        if (year == null || settings.yearOf(today()).year() > year || year > settings.yearOf(today()).year() + 1) {
            throw new Refusal("year", "finance.attestation.year");
        }
        if (band == null) {
            throw new Refusal("budget", "finance.attestation.bandNeeded");
        }
        if (account(memberId).invoiced(year)) {
            throw new Refusal("year", "finance.attestation.invoiced");
        }
        DuesAttestation attestation = attestations.findById(new DuesAttestation.Key(memberId, year))
                .orElseGet(() -> new DuesAttestation(memberId, year));
        attestation.attest(band, by, clock.instant());
        attestations.save(attestation);
        auditLog.record("finance.attestation.recorded", "dues attestation " + year, null);
    }

    @Transactional(readOnly = true)
    Optional<BudgetBand> attested(Long memberId, int year) {
        return attestations.findById(new DuesAttestation.Key(memberId, year)).map(DuesAttestation::budgetBand);
    }

    /** These invoices, in the order of their ids. */
    @Transactional(readOnly = true)
    List<DuesInvoice> invoices(List<Long> ids) {
        return invoices.findAllById(ids).stream().sorted(Comparator.comparing(DuesInvoice::id)).toList();
    }

    /** The member's dues account. */
    @Transactional(readOnly = true)
    DuesAccount account(Long memberId) {
        return accounts(List.of(memberId)).get(memberId);
    }

    /** The dues accounts of these members (one for each, empty when it has no dues yet). */
    @Transactional(readOnly = true)
    Map<Long, DuesAccount> accounts(Collection<Long> memberIds) {
        Map<Long, List<DuesAccount.Charge>> charges = new HashMap<>();
        Map<Long, List<DuesAccount.Credit>> credits = new HashMap<>();
        Map<Long, List<Integer>> waived = new HashMap<>();
        Currency currency = currency();
        List<Long> ids = List.copyOf(memberIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            for (DuesInvoice document : invoices.findByMemberIdInOrderByIssuedOnAscIdAsc(chunk)) {
                if (document.creditNote()) {
                    credits.computeIfAbsent(document.memberId(), id -> new ArrayList<>()).add(new DuesAccount.Credit(
                            document.creditsId(), document.amount(currency), document.issuedOn()));
                } else {
                    charges.computeIfAbsent(document.memberId(), id -> new ArrayList<>()).add(new DuesAccount.Charge(
                            document.id(), document.number(), document.membershipYear(), document.amount(currency),
                            document.issuedOn(), document.dueOn()));
                }
            }
            payments.findByMemberIdInOrderByReceivedOnAscIdAsc(chunk).stream()
                    .filter(payment -> payment.status() == PaymentStatus.COUNTED)
                    .forEach(payment -> credits.computeIfAbsent(payment.memberId(), id -> new ArrayList<>())
                            .add(new DuesAccount.Credit(null, payment.amount(currency), payment.countsFrom())));
            waivers.findByMemberIdInOrderByRequestedAtAsc(chunk).stream()
                    .filter(waiver -> waiver.status() == WaiverStatus.GRANTED)
                    .forEach(waiver -> {
                        for (int year = waiver.fromYear(); year <= waiver.toYear(); year++) {
                            waived.computeIfAbsent(waiver.memberId(), id -> new ArrayList<>()).add(year);
                        }
                    });
        }
        Map<Long, DuesAccount> accounts = new HashMap<>();
        ids.forEach(id -> accounts.put(id, DuesAccount.of(currency, charges.getOrDefault(id, List.of()),
                credits.getOrDefault(id, List.of()), waived.getOrDefault(id, List.of()))));
        return accounts;
    }

    /**
     * Takes the lock every dues action that moves a member's money takes first (the invoice counter of the year,
     * which issuing holds anyway): two treasurers approving the same payment, or recording payments, credit notes
     * and invoices at the same moment, wait for each other, so that each reads what the other did and no debt is
     * settled twice. The counter of credit notes is always locked after it.
     */
    private void serialized(LocalDate today) {
        lockedCounter(InvoiceSeries.INVOICE, today.getYear());
    }

    /**
     * The counter of a series in a year, locked until this transaction ends: the checks an issue makes after taking
     * it see what every other issuer stored, and the number it then takes is the next one. The counter row is made
     * first, in a transaction of its own, when the year has none yet (two issuers may both try: one makes it, the
     * other finds it).
     */
    private InvoiceCounter lockedCounter(InvoiceSeries series, int year) {
        InvoiceCounter.Key key = new InvoiceCounter.Key(series, year);
        Optional<InvoiceCounter> counter = counters.findLocked(key);
        if (counter.isEmpty()) {
            try {
                apart.executeWithoutResult(status -> jdbc.update("insert into invoice_counter (series, number_year,"
                        + " last_number) values (?, ?, 0)", series.name(), year));
            } catch (DataIntegrityViolationException madeMeanwhile) {
                // another issuer made it: it is there to lock now
            }
            counter = counters.findLocked(key);
        }
        return counter.orElseThrow();
    }

    /** A payment as a treasurer records it. */
    record PaymentDraft(LocalDate receivedOn, PaymentMethod method, String reference, Money amount) {
    }
}
