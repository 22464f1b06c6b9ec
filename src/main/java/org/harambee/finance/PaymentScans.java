package org.harambee.finance;

import java.util.Optional;
import java.util.UUID;
import org.harambee.identity.AuditLog;
import org.harambee.site.FileStorage;
import org.harambee.site.Refusal;
import org.harambee.site.StoredFiles;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scans payments carry, kept in the area {@code payment-scans} of the installation's file storage: recorded
 * with a payment or attached to it later, replaced by a newer scan (the older file is removed once the change is committed, and a file written
 * for a change that did not commit is removed too), read by treasurers only. Audited by payment number, never by
 * the file's name.
 */
@Service
@Transactional
class PaymentScans {

    private final Dues dues;
    private final DuesPayments payments;
    private final StoredFiles scans;
    private final AuditLog auditLog;

    PaymentScans(Dues dues, DuesPayments payments, FileStorage storage, AuditLog auditLog) {
        this.dues = dues;
        this.payments = payments;
        this.scans = new StoredFiles(storage, "payment-scans");
        this.auditLog = auditLog;
    }

    /** Records a payment with its scan, both or neither. */
    Long recordPayment(Long memberId, Dues.PaymentDraft draft, PaymentScan scan, UUID treasurer) {
        Long id = dues.recordPayment(memberId, draft, treasurer);
        attach(payments.findById(id).orElseThrow(), scan);
        return id;
    }

    /** Gives the member's payment {@code paymentId} this scan, in place of any it had. */
    void attach(Long memberId, Long paymentId, PaymentScan scan) {
        DuesPayment payment = payments.findById(paymentId).filter(found -> found.memberId().equals(memberId))
                .orElseThrow(() -> new Refusal("payment", "finance.scan.paymentNeeded"));
        attach(payment, scan);
    }

    private void attach(DuesPayment payment, PaymentScan scan) {
        String replaced = payment.scan(scans.store(scan.content()), scan.name(), scan.kind());
        scans.removeAfterCommit(replaced);
        auditLog.record("finance.payment.scan", "payment " + payment.id(), replaced == null ? null : "replaced");
    }

    /** The payment's scan to download; empty when it has none. */
    @Transactional(readOnly = true)
    Optional<Dues.DuesFile> file(Long paymentId) {
        return payments.findById(paymentId).filter(DuesPayment::scanned).flatMap(payment -> scans
                .read(payment.scanStoredAs()).map(content -> new Dues.DuesFile(payment.scanName(),
                        MediaType.parseMediaType(payment.scanKind().mediaType()), content, false)));
    }
}
