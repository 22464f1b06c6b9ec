package org.harambee.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.mail.Letters;
import org.harambee.mail.Mailer;
import org.harambee.membership.MemberRoll;
import org.harambee.membership.RollMember;
import org.harambee.site.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dues' daily job (cron {@code harambee.finance.dues.renewal-cron}, on every node): the next membership year's
 * invoices go out {@code invoice-days-before} days before it starts, once its schedule is set; each invoice still owed
 * is reminded 30 and 7 days before it is due and once after, each once (not before it is due in the week after it
 * was sent, nor once it is three months overdue). A refusal of the renewal invoices (a retired dues account, say)
 * does not stop the reminders. Safe on several nodes: invoices are issued
 * under the counter's lock, which checks again that the member has none; a reminder is recorded in the transaction
 * that sends it, under a key that a second node cannot record again.
 */
@Component
class DuesRenewals {

    /** Who the job's invoices and entries are by. */
    static final UUID SYSTEM = new UUID(0, 0);
    /** An invoice overdue longer than this is past reminding by mail: its treasurer follows it up. */
    static final int REMINDED_FOR_DAYS_OVERDUE = 90;

    private static final Logger log = LoggerFactory.getLogger(DuesRenewals.class);

    private final Dues dues;
    private final DuesInvoices invoices;
    private final MemberRoll roll;
    private final Mailer mailer;
    private final Letters letters;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DuesRenewals(Dues dues, DuesInvoices invoices, MemberRoll roll, Mailer mailer, Letters letters, JdbcTemplate jdbc,
            TransactionTemplate transactions) {
        this.dues = dues;
        this.invoices = invoices;
        this.roll = roll;
        this.mailer = mailer;
        this.letters = letters;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Scheduled(cron = "${harambee.finance.dues.renewal-cron}", zone = "UTC")
    void daily() {
        Run run = run(dues.today());
        log.info("Dues: {} renewal invoices issued, {} reminders sent", run.invoiced(), run.reminded());
    }

    /** What one day's run did. */
    record Run(int invoiced, int reminded) {
    }

    Run run(LocalDate today) {
        int invoiced;
        try {
            invoiced = renewalInvoices(today);
        } catch (Refusal refused) {
            log.warn("Dues: the renewal invoices were not issued today ({}); reminders go out all the same",
                    refused.getMessage());
            invoiced = 0;
        }
        return new Run(invoiced, reminders(today));
    }

    private int renewalInvoices(LocalDate today) {
        MembershipYear next = dues.settings().year(dues.settings().yearOf(today).year() + 1);
        if (today.isBefore(next.start().minusDays(dues.settings().invoiceDaysBefore()))
                || dues.schedule(next.year()).isEmpty()) {
            return 0;
        }
        return dues.issueYear(next.year(), SYSTEM, today).size();
    }

    private int reminders(LocalDate today) {
        List<DuesInvoice> due = invoices.findAllById(jdbc.queryForList("select id from dues_invoice i where series ="
                + " 'INVOICE' and due_on between ? and ? and not exists (select 1 from dues_reminder r where"
                + " r.invoice_id = i.id and r.reminder = 'OVERDUE')", Long.class,
                today.minusDays(REMINDED_FOR_DAYS_OVERDUE), today.plusDays(30)));
        Set<Long> members = due.stream().map(DuesInvoice::memberId).collect(Collectors.toSet());
        Map<Long, DuesAccount> accounts = dues.accounts(members);
        int sent = 0;
        for (DuesInvoice invoice : due) {
            DuesAccount.Settlement settlement = accounts.get(invoice.memberId()).invoice(invoice.id()).orElseThrow();
            DuesReminder reminder = DuesReminder.dueOn(invoice.dueOn(), today);
            if (!settlement.settled() && reminder != null && reminder.sentFor(invoice.issuedOn(), invoice.dueOn())
                    && remind(invoice, settlement.owed(), reminder, today)) {
                sent++;
            }
        }
        return sent;
    }

    /** Records and sends the reminder, in one transaction; false when it was recorded (sent) already. */
    private boolean remind(DuesInvoice invoice, Money owed, DuesReminder reminder, LocalDate today) {
        RollMember member = roll.member(invoice.memberId()).orElse(null);
        if (member == null || member.email() == null) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (jdbc.update("insert into dues_reminder (invoice_id, reminder, sent_on) select ?, ?, ? where not"
                        + " exists (select 1 from dues_reminder where invoice_id = ? and reminder = ?)", invoice.id(),
                        reminder.name(), today, invoice.id(), reminder.name()) == 0) {
                    return false;
                }
                Locale locale = DuesMail.localeOf(member);
                mailer.send(letters.letter(member.email(), locale, "finance.mail." + reminder.name(),
                        member.contactName(), invoice.number(), owed.shown(locale), DuesMail.day(invoice.dueOn(), locale),
                        letters.networkName(), letters.link("/dues/" + member.id())));
                return true;
            }));
        } catch (DataIntegrityViolationException sentByAnotherNode) {
            return false;
        }
    }
}
