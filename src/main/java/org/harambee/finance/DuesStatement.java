package org.harambee.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.harambee.membership.BudgetBand;
import org.harambee.membership.RollMember;

/**
 * A member's dues as its representatives and the treasurers read them: invoices and credit notes (with what each
 * still owes), payments, waivers, what it owes in all, its credit, whether it is in good standing today and through
 * when its dues are settled, on {@code today}.
 */
public record DuesStatement(RollMember member, List<Document> documents, List<Payment> payments,
        List<Waiver> waivers, Money owed, Money credit, StandingReason standing, LocalDate settledThrough,
        LocalDate today) {

    /** An invoice or a credit note; {@code owed} and {@code settledOn} are an invoice's. */
    public record Document(Long id, String number, boolean creditNote, int membershipYear, Money amount, Money owed,
            LocalDate issuedOn, LocalDate dueOn, LocalDate settledOn, String creditsNumber, String note,
            DuesRate rate, BudgetBand band, boolean attested, Long entryId) {

        public boolean overdue(LocalDate today) {
            return !creditNote && settledOn == null && today.isAfter(dueOn);
        }
    }

    /** A payment; {@code recordedByReader} when the reader recorded it (and so may not approve it). */
    public record Payment(Long id, Long memberId, String memberName, LocalDate receivedOn, PaymentMethod method,
            String reference, Money amount, PaymentStatus status, LocalDate countsFrom, boolean recordedByReader,
            Long entryId, boolean scanned) {

        /** The badge's look: counted in green, pending in blue, declined in grey. */
        public String badge() {
            return switch (status) {
                case COUNTED -> "active";
                case PENDING -> "pending";
                case DECLINED -> "declined";
            };
        }
    }

    /** A waiver, with the reason only its member's representatives and the treasurers read. */
    public record Waiver(Long id, Long memberId, String memberName, int fromYear, int toYear, String reason,
            WaiverStatus status, Instant requestedAt) {

        public boolean granted() {
            return status == WaiverStatus.GRANTED;
        }
    }

    public Optional<Document> document(Long id) {
        return documents.stream().filter(document -> document.id().equals(id)).findFirst();
    }

    /** The credit notes of an invoice. */
    public List<Document> creditNotesOf(Long invoiceId) {
        return documents.stream().filter(Document::creditNote)
                .filter(document -> document.creditsNumber() != null && documents.stream()
                        .anyMatch(invoice -> invoice.id().equals(invoiceId)
                                && invoice.number().equals(document.creditsNumber()))).toList();
    }

    public boolean good() {
        return standing == StandingReason.GOOD;
    }
}
