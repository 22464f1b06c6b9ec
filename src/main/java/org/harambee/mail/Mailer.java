package org.harambee.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends plain-text e-mail through the outbox. A letter's single-use link lives only in memory, from
 * {@link #send} to the delivery after the transaction commits; the outbox keeps the message without it.
 */
@Service
@NamedInterface(name = "api", propagate = false)
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> smtp;
    private final TransactionTemplate transactions;
    private final TransactionTemplate separateTransactions;
    private final Clock clock;
    private final String from;

    Mailer(Outbox outbox, ObjectProvider<JavaMailSender> smtp, TransactionTemplate transactions, Clock clock,
            @Value("${harambee.mail.from}") String from) {
        this.clock = clock;
        this.outbox = outbox;
        this.smtp = smtp;
        this.transactions = transactions;
        this.separateTransactions = new TransactionTemplate(transactions.getTransactionManager());
        this.separateTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
    }

    /**
     * Queues a message. Inside a transaction it is delivered only once that transaction commits,
     * so a rolled-back change never e-mails anyone.
     */
    public void send(Letter letter) {
        Long id = transactions.execute(status -> outbox.save(new OutboxMessage(letter, clock.instant()))).id();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                /** A committed change never fails for its mail: one that cannot be delivered now stays queued. */
                @Override
                public void afterCommit() {
                    try {
                        deliver(id, letter);
                    } catch (RuntimeException notNow) {
                        log.warn("Message {} stays queued: it could not be delivered after its change was saved: {}",
                                id, notNow.getMessage());
                    }
                }
            });
        } else {
            deliver(id, letter);
        }
    }

    Page<OutboxMessage> recent(int page, int size) {
        return outbox.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(Math.max(page, 0), size));
    }

    private void deliver(Long id, Letter letter) {
        JavaMailSender sender = smtp.getIfAvailable();
        separateTransactions.executeWithoutResult(status -> outbox.findById(id).ifPresent(message -> {
            if (sender == null) {
                message.kept();
                return;
            }
            try {
                sender.send(mime -> {
                    MimeMessageHelper mail = new MimeMessageHelper(mime, letter.attachment() != null,
                            StandardCharsets.UTF_8.name());
                    mail.setFrom(from);
                    mail.setTo(message.recipient());
                    mail.setSubject(message.subject());
                    mail.setText(letter.secretLink() == null ? message.body()
                            : message.body().replace(Letter.SECRET_LINK, letter.secretLink()));
                    if (letter.attachment() != null) {
                        mail.addAttachment(letter.attachment().name(), new ByteArrayResource(
                                letter.attachment().content().get()), letter.attachment().contentType());
                    }
                    if (letter.unsubscribes()) {
                        mime.setHeader("List-Unsubscribe", "<" + letter.secretLink() + ">");
                        mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                    }
                });
                message.delivered(clock.instant());
            } catch (MailException e) {
                log.warn("Could not deliver message {} to its recipient: {}", id, e.getMessage());
                message.failed(DeliveryFailure.of(e));
            }
        }));
    }
}
