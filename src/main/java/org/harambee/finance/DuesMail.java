package org.harambee.finance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.harambee.mail.Letters;
import org.harambee.mail.Mailer;
import org.harambee.membership.RollMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dues' documents in the member's language: an invoice or credit note and a receipt as PDF (for download, and
 * attached to the e-mail that tells the member's primary contact of them). The e-mails are not readable by staff in
 * the outbox: they hold amounts.
 */
@Component
class DuesMail {

    static final String PDF = "application/pdf";

    private final Mailer mailer;
    private final Letters letters;
    private final MessageSource messages;

    DuesMail(Mailer mailer, Letters letters, MessageSource messages) {
        this.mailer = mailer;
        this.letters = letters;
        this.messages = messages;
    }

    static Locale localeOf(RollMember member) {
        return Locale.forLanguageTag(member.language() == null ? "en" : member.language());
    }

    /** The invoice or credit note as its PDF says it; {@code year} is its membership year. */
    DuesPdf.Document invoice(DuesInvoice invoice, MembershipYear year, String creditsNumber, Money amount,
            Money owed, Locale locale) {
        List<DuesPdf.Fact> facts = new ArrayList<>();
        facts.add(fact("finance.invoice.to", locale, invoice.memberName()));
        facts.add(fact("finance.invoice.year", locale, t("finance.pdf.yearRuns", locale, String.valueOf(year.year()),
                day(year.start(), locale), day(year.end(), locale))));
        facts.add(fact("finance.invoice.issuedOn", locale, day(invoice.issuedOn(), locale)));
        if (invoice.creditNote()) {
            facts.add(fact("finance.credit.of", locale, creditsNumber));
            facts.add(fact("finance.credit.reason", locale, invoice.note() == null
                    ? t("finance.credit.waived", locale) : invoice.note()));
        } else {
            facts.add(fact("finance.invoice.dueOn", locale, day(invoice.dueOn(), locale)));
            facts.add(fact("finance.invoice.rate", locale, t("finance.rate." + invoice.rate().name(), locale)));
            facts.add(fact("finance.invoice.owed", locale, owed.shown(locale)));
        }
        String title = t(invoice.creditNote() ? "finance.credit.named" : "finance.invoice.named", locale,
                invoice.number());
        return new DuesPdf.Document(letters.networkName(), letters.link("/"), title, facts, fact(invoice.creditNote()
                ? "finance.pdf.credited" : "finance.pdf.amountDue", locale, amount.shown(locale)), t(invoice
                        .creditNote() ? "finance.pdf.creditClosing" : "finance.pdf.invoiceClosing", locale,
                        invoice.number(), letters.link("/dues/" + invoice.memberId())), locale);
    }

    /** The receipt of a counted payment. */
    DuesPdf.Document receipt(DuesPayment payment, RollMember member, Money amount, Locale locale) {
        List<DuesPdf.Fact> facts = new ArrayList<>();
        facts.add(fact("finance.pdf.receivedFrom", locale, member.name()));
        facts.add(fact("finance.payment.receivedOn", locale, day(payment.receivedOn(), locale)));
        facts.add(fact("finance.payment.method", locale, t("finance.method." + payment.method().name(), locale)));
        if (payment.reference() != null) {
            facts.add(fact("finance.payment.reference", locale, payment.reference()));
        }
        return new DuesPdf.Document(letters.networkName(), letters.link("/"), t("finance.pdf.receiptNamed", locale,
                receiptNumber(payment)), facts, fact("finance.pdf.amountReceived", locale, amount.shown(locale)),
                t("finance.pdf.receiptClosing", locale, letters.networkName()), locale);
    }

    static String receiptNumber(DuesPayment payment) {
        return "R-" + payment.id();
    }

    /** Tells the member's primary contact of an invoice or credit note, with its PDF. */
    void sendInvoice(RollMember member, DuesPdf.Document document, String number, boolean creditNote) {
        if (member.email() == null) {
            return;
        }
        Locale locale = document.locale();
        mailer.send(letters.letter(member.email(), locale, creditNote ? "finance.mail.creditNote"
                : "finance.mail.invoice", member.contactName(), number, document.total().value(),
                letters.networkName(), letters.link("/dues/" + member.id()))
                .withAttachment(number + ".pdf", PDF, () -> DuesPdf.render(document)));
    }

    /** Tells the member's primary contact that its payment counts, with the receipt. */
    void sendReceipt(RollMember member, DuesPdf.Document document, String number) {
        if (member.email() == null) {
            return;
        }
        mailer.send(letters.letter(member.email(), document.locale(), "finance.mail.receipt", member.contactName(),
                number, document.total().value(), letters.networkName(), letters.link("/dues/" + member.id()))
                .withAttachment(number + ".pdf", PDF, () -> DuesPdf.render(document)));
    }

    private DuesPdf.Fact fact(String key, Locale locale, String value) {
        return new DuesPdf.Fact(t(key, locale), value == null ? "" : value);
    }

    private String t(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    static String day(LocalDate day, Locale locale) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
}
