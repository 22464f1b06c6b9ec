package org.harambee.finance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.membership.MemberRoll;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.RollMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads members' dues for the pages: one member's statement, every member's balance, the treasurers' queues. */
@Service
@Transactional(readOnly = true)
class DuesStatements {

    static final int RECENT = 50;

    private final Dues dues;
    private final DuesInvoices invoices;
    private final DuesPayments payments;
    private final DuesWaivers waivers;
    private final MemberRoll roll;
    private final int graceDays;

    DuesStatements(Dues dues, DuesInvoices invoices, DuesPayments payments, DuesWaivers waivers, MemberRoll roll,
            @Value("${harambee.membership.grace-days}") int graceDays) {
        this.dues = dues;
        this.invoices = invoices;
        this.payments = payments;
        this.waivers = waivers;
        this.roll = roll;
        this.graceDays = graceDays;
    }

    /** The member's statement as {@code reader} reads it. */
    DuesStatement of(RollMember member, UUID reader) {
        Currency currency = dues.currency();
        LocalDate today = dues.today();
        DuesAccount account = dues.account(member.id());
        List<DuesInvoice> documents = invoices.findByMemberIdInOrderByIssuedOnAscIdAsc(List.of(member.id()));
        Map<Long, String> numbers = documents.stream().collect(Collectors.toMap(DuesInvoice::id, DuesInvoice::number));
        List<DuesStatement.Document> shown = documents.stream().map(document -> {
            DuesAccount.Settlement settlement = account.invoice(document.id()).orElse(null);
            return new DuesStatement.Document(document.id(), document.number(), document.creditNote(),
                    document.membershipYear(), document.amount(currency),
                    settlement == null ? Money.zero(currency) : settlement.owed(), document.issuedOn(),
                    document.dueOn(), settlement == null ? null : settlement.settledOn(),
                    document.creditsId() == null ? null : numbers.get(document.creditsId()), document.note(),
                    document.rate(), document.budgetBand(), document.attested(), document.entryId());
        }).sorted(Comparator.comparing(DuesStatement.Document::issuedOn).thenComparing(DuesStatement.Document::id)
                .reversed()).toList();
        List<DuesStatement.Payment> paid = payments.findByMemberIdInOrderByReceivedOnAscIdAsc(List.of(member.id()))
                .stream().map(payment -> payment(payment, member.name(), reader))
                .sorted(Comparator.comparing(DuesStatement.Payment::receivedOn).reversed()).toList();
        List<DuesStatement.Waiver> asked = waivers.findByMemberIdInOrderByRequestedAtAsc(List.of(member.id())).stream()
                .map(waiver -> waiver(waiver, member.name())).toList();
        MembershipStatus status = member.status();
        return new DuesStatement(member, shown, paid, asked, account.owed(), account.credit(),
                account.standing(status == MembershipStatus.APPLICANT ? null : status, today, graceDays),
                settledThrough(account), today);
    }

    private LocalDate settledThrough(DuesAccount account) {
        OptionalInt year = account.settledThroughYear();
        return year.isPresent() ? dues.settings().year(year.getAsInt()).end() : null;
    }

    /** Every admitted member with what it owes, its credit and its standing today. */
    List<MemberBalance> balances() {
        List<RollMember> members = roll.admitted();
        Map<Long, DuesAccount> accounts = dues.accounts(members.stream().map(RollMember::id).toList());
        LocalDate today = dues.today();
        return members.stream().map(member -> {
            DuesAccount account = accounts.get(member.id());
            return new MemberBalance(member, account.owed(), account.credit(),
                    account.standing(member.status(), today, graceDays));
        }).toList();
    }

    /** Payments waiting for a second treasurer, oldest first. */
    List<DuesStatement.Payment> pendingPayments(UUID reader) {
        return named(payments.findByStatusOrderByRecordedAtAsc(PaymentStatus.PENDING), reader);
    }

    /** The latest payments recorded. */
    List<DuesStatement.Payment> recentPayments(UUID reader) {
        return named(payments.findAllByOrderByRecordedAtDescIdDesc(PageRequest.of(0, RECENT)).getContent(), reader);
    }

    private List<DuesStatement.Payment> named(List<DuesPayment> found, UUID reader) {
        Map<Long, String> names = names(found.stream().map(DuesPayment::memberId).toList());
        return found.stream().map(payment -> payment(payment, names.get(payment.memberId()), reader)).toList();
    }

    /** Waivers asked for and not decided yet, oldest first. */
    List<DuesStatement.Waiver> requestedWaivers() {
        List<DuesWaiver> found = waivers.findByStatusOrderByRequestedAtAsc(WaiverStatus.REQUESTED);
        Map<Long, String> names = names(found.stream().map(DuesWaiver::memberId).toList());
        return found.stream().map(waiver -> waiver(waiver, names.get(waiver.memberId()))).toList();
    }

    private Map<Long, String> names(List<Long> ids) {
        return ids.stream().distinct().map(roll::member).flatMap(Optional::stream)
                .collect(Collectors.toMap(RollMember::id, RollMember::name, (one, other) -> one));
    }

    private DuesStatement.Payment payment(DuesPayment payment, String memberName, UUID reader) {
        return new DuesStatement.Payment(payment.id(), payment.memberId(), memberName, payment.receivedOn(),
                payment.method(), payment.reference(), payment.amount(dues.currency()), payment.status(),
                payment.countsFrom(), payment.recordedBy().equals(reader), payment.entryId(),
                payment.scanned());
    }

    private static DuesStatement.Waiver waiver(DuesWaiver waiver, String memberName) {
        return new DuesStatement.Waiver(waiver.id(), waiver.memberId(), memberName, waiver.fromYear(),
                waiver.toYear(), waiver.reason(), waiver.status(), waiver.requestedAt());
    }

    /** The member an invoice or credit note was issued to, by the document's id. */
    Optional<Long> memberOfDocument(Long id) {
        return invoices.findById(id).map(DuesInvoice::memberId);
    }

    /** The member of a payment, by the payment's id. */
    Optional<Long> memberOfPayment(Long id) {
        return payments.findById(id).map(DuesPayment::memberId);
    }
}
