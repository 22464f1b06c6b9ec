package org.harambee.finance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.UUID;
import org.harambee.identity.AuditLog;
import org.harambee.site.Installation;
import org.harambee.site.Refusal;
import org.harambee.site.StoredFiles;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The scans payments carry, kept under {@code $HARAMBEE_DATA_DIR/payment-scans}: recorded with a payment or attached
 * to it later, replaced by a newer scan (the older file is removed once the change is committed, and a file written
 * for a change that did not commit is removed too), read by treasurers only. Audited by payment number, never by
 * the file's name.
 */
@Service
@Transactional
class PaymentScans {

    private final Dues dues;
    private final DuesPayments payments;
    private final Folder folder;
    private final AuditLog auditLog;

    PaymentScans(Dues dues, DuesPayments payments, Installation installation, AuditLog auditLog) {
        this.dues = dues;
        this.payments = payments;
        this.folder = new Folder(installation);
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
        String stored = folder.store(scan.content());
        String replaced = payment.scan(stored, scan.name(), scan.kind());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                String unused = status == STATUS_COMMITTED ? replaced : stored;
                if (unused != null) {
                    folder.remove(unused);
                }
            }
        });
        auditLog.record("finance.payment.scan", "payment " + payment.id(), replaced == null ? null : "replaced");
    }

    /** The payment's scan to download; empty when it has none. */
    @Transactional(readOnly = true)
    Optional<Dues.DuesFile> file(Long paymentId) {
        return payments.findById(paymentId).filter(DuesPayment::scanned).map(payment -> {
            try {
                return new Dues.DuesFile(payment.scanName(), MediaType.parseMediaType(payment.scanKind().mediaType()),
                        Files.readAllBytes(folder.path(payment.scanStoredAs())), false);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        });
    }

    /** Where the scans are. */
    private static final class Folder extends StoredFiles {

        Folder(Installation installation) {
            super(installation, "payment-scans");
        }
    }
}
