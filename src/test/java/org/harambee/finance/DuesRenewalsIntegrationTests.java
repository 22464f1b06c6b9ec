package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.harambee.IntegrationTest;
import org.harambee.MovableClock;
import org.harambee.MovableClockConfiguration;
import org.harambee.TestSmtp;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MemberRegistry;
import org.harambee.membership.MembershipAction;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.Organization;
import org.harambee.membership.OrganizationRegistration;
import org.harambee.membership.PersonDetails;
import org.harambee.membership.Standing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dues' daily job on a clock the test moves: an invoice still owed is reminded 30 and 7 days before it is due and
 * once after, each once, in the member's language; a paid one is not; a member whose invoice is owed past the grace
 * period is out of good standing until it pays, and paying renews its membership; the next year's invoices go out
 * the set number of days before it starts, once.
 */
@IntegrationTest
@Import(MovableClockConfiguration.class)
class DuesRenewalsIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    MovableClock clock;
    @Autowired
    DuesRenewals renewals;
    @Autowired
    Dues dues;
    @Autowired
    GoodStanding goodStanding;
    @Autowired
    MemberRegistry registry;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private HarambeeUser treasurer;

    @BeforeEach
    void setUp() {
        clock.reset();
        treasurer = fixtures.account(Role.TREASURER);
    }

    /**
     * The letters and audit entries written on the moved clock are dated in the future (or, for the renewal of 1961,
     * in the past): they would stay at the top of the staff's outbox and audit log for the tests that follow (the
     * tests share one database), or at its end, so they go.
     */
    @AfterEach
    void backToToday() {
        clock.reset();
        Timestamp future = Timestamp.from(clock.instant().plus(Duration.ofHours(1)));
        jdbc.update("delete from outbox_message where created_at > ?", future);
        jdbc.update("delete from audit_entry where occurred_at > ?", future);
        jdbc.update("delete from outbox_message where created_at < ?", Timestamp.from(Instant.parse(
                "1970-01-01T00:00:00Z")));
    }

    private Organization member(String language) {
        PersonDetails contact = new PersonDetails("Rosa Tesorera", null, null, null,
                MembershipFixtures.uniqueEmail("dues"), null, null, null, null, null, true);
        Long id = registry.registerOrganizations(List.of(new OrganizationRegistration(fixtures.profile(
                MembershipFixtures.unique("Dues Reminded"), false), List.of(contact), new Standing(
                        MembershipStatus.ACTIVE, false, LocalDate.now(clock).minusYears(3),
                        LocalDate.now(clock).plusYears(5)), language))).get(0);
        return fixtures.loaded(id);
    }

    private void schedule(int year, String amount) {
        Map<DuesRate, Money> rates = new EnumMap<>(DuesRate.class);
        for (DuesRate rate : DuesRate.values()) {
            rates.put(rate, Money.parse(amount, dues.currency()).orElseThrow());
        }
        dues.setSchedule(year, rates, null, treasurer.accountId());
    }

    /**
     * The reminders to this address about this invoice (the tests share the database: other invoices may be due
     * too); the e-mail that sent the invoice, whose subject ends with its number, is not one.
     */
    private List<MimeMessage> mailTo(String address, String invoice) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(address)
                        && message.getSubject().contains(invoice) && !message.getSubject().endsWith(invoice);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The e-mail to this address whose subject ends with {@code ending}, with the PDF attached to it as text. */
    private String attachedPdf(String address, String ending, String file) throws Exception {
        MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(address)
                        && message.getSubject().endsWith(ending);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("No e-mail ending with " + ending + " to " + address));
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (file.equals(part.getFileName())) {
                assertThat(part.getContentType()).startsWith("application/pdf");
                try (PDDocument pdf = Loader.loadPDF(part.getInputStream().readAllBytes())) {
                    return new PDFTextStripper().getText(pdf);
                }
            }
        }
        throw new AssertionError("No attachment " + file + " in the e-mail " + mail.getSubject());
    }

    @Test
    void anInvoiceACreditNoteAndAReceiptGoToTheMemberWithTheirPdfInItsLanguage() throws Exception {
        int past = ThreadLocalRandom.current().nextInt(1900, 1950);
        schedule(past, "240");
        Organization organization = member("es");
        Long id = dues.issue(organization.id(), past, null, treasurer.accountId());
        String invoice = number(id);
        String text = attachedPdf(organization.contactEmail(), invoice, invoice + ".pdf");
        assertThat(text).contains("Factura " + invoice).contains(organization.name()).contains("240,00")
                .contains("Año de membresía");
        dues.credit(id, Money.parse("40", dues.currency()).orElseThrow(), "Tarifa equivocada", treasurer.accountId());
        String note = jdbc.queryForObject("select 'CN-' || number_year || '-' || lpad(cast(number as varchar(4)), 4,"
                + " '0') from dues_invoice where credits_id = ?", String.class, id);
        assertThat(attachedPdf(organization.contactEmail(), note, note + ".pdf")).contains("Nota de crédito " + note)
                .contains("Tarifa equivocada").contains(invoice);
        dues.recordPayment(organization.id(), new Dues.PaymentDraft(dues.today(), PaymentMethod.CHECK, "Cheque 88",
                Money.parse("200", dues.currency()).orElseThrow()), treasurer.accountId());
        Long payment = jdbc.queryForObject("select max(id) from dues_payment where member_id = ?", Long.class,
                organization.id());
        assertThat(attachedPdf(organization.contactEmail(), "R-" + payment, "R-" + payment + ".pdf"))
                .contains("Recibo R-" + payment).contains("200,00").contains("Cheque 88");
    }

    private String number(Long invoice) {
        return jdbc.queryForObject("select number_year || '-' || lpad(cast(number as varchar(4)), 4, '0')"
                + " from dues_invoice where id = ?", String.class, invoice);
    }

    private void daysLater(int days) {
        clock.advance(Duration.ofDays(days));
        renewals.run(dues.today());
        renewals.run(dues.today());
    }

    @Test
    void anInvoiceOwedIsRemindedAWeekAheadAndOnceOverdueAndPayingRestoresGoodStanding() {
        int past = ThreadLocalRandom.current().nextInt(1962, 1970);
        schedule(past, "180");
        Organization organization = member("es");
        String email = organization.contactEmail();
        String invoice = number(dues.issue(organization.id(), past, null, treasurer.accountId()));

        daysLater(0);
        assertThat(mailTo(email, invoice)).as("no reminder beside the invoice's own letter").isEmpty();
        daysLater(22);
        assertThat(mailTo(email, invoice)).isEmpty();
        daysLater(1);
        assertThat(mailTo(email, invoice)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).contains("vence en una semana");
            assertThat(GreenMailUtil.getBody(mail)).contains("Rosa Tesorera").contains("180,00");
        });
        daysLater(7);
        assertThat(mailTo(email, invoice)).hasSize(1);
        daysLater(1);
        assertThat(mailTo(email, invoice)).hasSize(2).last().satisfies(mail ->
                assertThat(mail.getSubject()).contains("está vencida"));
        daysLater(5);
        assertThat(mailTo(email, invoice)).hasSize(2);

        assertThat(goodStanding.of(organization.id(), dues.today()).reason()).isEqualTo(StandingReason.GOOD);
        clock.advance(Duration.ofDays(26));
        assertThat(goodStanding.of(organization.id(), dues.today()).reason())
                .isEqualTo(StandingReason.DUES_OVERDUE);
        Money owed = dues.account(organization.id()).owed();
        assertThat(owed.amount()).isGreaterThanOrEqualTo(new BigDecimal("180"));
        dues.recordPayment(organization.id(), new Dues.PaymentDraft(dues.today(), PaymentMethod.CHECK, "1204", owed),
                treasurer.accountId());
        assertThat(goodStanding.of(organization.id(), dues.today()).reason()).isEqualTo(StandingReason.GOOD);
        assertThat(goodStanding.of(organization.id(), dues.today().minusDays(1)).reason())
                .isEqualTo(StandingReason.DUES_OVERDUE);
    }

    @Test
    void anInvoiceSentLongBeforeItIsDueIsRemindedThirtyDaysAhead() {
        Organization organization = member("en");
        LocalDate sent = LocalDate.of(1958, 10, 1);
        clock.advance(Duration.between(clock.instant(), sent.atTime(9, 0).toInstant(ZoneOffset.UTC)));
        schedule(1959, "90");
        String invoice = number(dues.issue(organization.id(), 1959, null, treasurer.accountId()));
        daysLater(0);
        daysLater(61);
        assertThat(mailTo(organization.contactEmail(), invoice)).isEmpty();
        daysLater(1);
        assertThat(dues.today()).isEqualTo(LocalDate.of(1959, 1, 1).minusDays(30));
        assertThat(mailTo(organization.contactEmail(), invoice)).singleElement().satisfies(mail ->
                assertThat(mail.getSubject()).contains(invoice));
    }

    @Test
    void aPaidInvoiceIsNotReminded() {
        int past = ThreadLocalRandom.current().nextInt(1900, 1950);
        schedule(past, "60");
        Organization organization = member("en");
        String invoice = number(dues.issue(organization.id(), past, null, treasurer.accountId()));
        dues.recordPayment(organization.id(), new Dues.PaymentDraft(dues.today(), PaymentMethod.CASH, null,
                Money.parse("60", dues.currency()).orElseThrow()), treasurer.accountId());
        daysLater(0);
        daysLater(25);
        daysLater(10);
        assertThat(mailTo(organization.contactEmail(), invoice)).isEmpty();
    }

    @Test
    void theNextYearsInvoicesGoOutTheSetNumberOfDaysBeforeItStartsOnceAsDuesPaidInAdvance() {
        PersonDetails contact = new PersonDetails("Rosa Tesorera", null, null, null,
                MembershipFixtures.uniqueEmail("dues"), null, null, null, null, null, true);
        Organization organization = fixtures.loaded(registry.registerOrganizations(List.of(new OrganizationRegistration(
                fixtures.profile(MembershipFixtures.unique("Dues Renewing"), false), List.of(contact), new Standing(
                        MembershipStatus.ACTIVE, false, LocalDate.of(1950, 3, 1), LocalDate.of(1960, 3, 1)), "en")))
                .get(0));
        Long joinedLater = registry.registerOrganizations(List.of(new OrganizationRegistration(fixtures.profile(
                MembershipFixtures.unique("Dues Joined Later"), false), List.of(new PersonDetails("Leo Tarde", null,
                        null, null, MembershipFixtures.uniqueEmail("dues"), null, null, null, null, null, true)),
                new Standing(MembershipStatus.ACTIVE, false, LocalDate.of(1962, 1, 5), LocalDate.of(1963, 1, 5)),
                "en"))).get(0);
        LocalDate start = LocalDate.of(1961, 1, 1);
        int before = dues.settings().invoiceDaysBefore();
        clock.advance(Duration.between(clock.instant(), start.minusDays(before + 1L).atTime(18, 0)
                .toInstant(ZoneOffset.UTC)));
        schedule(1961, "75");
        renewals.run(dues.today());
        assertThat(dues.account(organization.id()).invoiced(1961)).isFalse();

        clock.advance(Duration.ofDays(1));
        renewals.run(dues.today());
        renewals.run(dues.today());
        assertThat(dues.account(organization.id()).invoiced(1961)).isTrue();
        assertThat(dues.account(joinedLater).invoiced(1961)).as("a member that joined after 1961 owes nothing for it")
                .isFalse();
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).filter(mail -> {
            try {
                return mail.getAllRecipients()[0].toString().equals(contact.email());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).as("the invoice's letter, and no reminder the same day").hasSize(1);
        Map<String, Object> invoice = jdbc.queryForMap("select count(*) over () as invoices, due_on, entry_id,"
                + " number_year, number from dues_invoice where member_id = ? and membership_year = ?",
                organization.id(), 1961);
        assertThat(((Number) invoice.get("invoices")).intValue()).isEqualTo(1);
        assertThat(invoice.get("due_on").toString()).isEqualTo(start.toString());
        assertThat(jdbc.queryForList("select a.code || ' ' || cast(l.credit as varchar(30)) from journal_line l"
                + " join ledger_account a on a.id = l.account_id where l.entry_id = ? and l.credit > 0", String.class,
                ((Number) invoice.get("entry_id")).longValue())).singleElement().asString().startsWith("2100 75");
        String number = invoice.get("number_year") + "-" + String.format("%04d", (Integer) invoice.get("number"));
        assertThat(jdbc.queryForObject("select count(*) from journal_entry e join journal_line l on l.entry_id = e.id"
                + " join ledger_account a on a.id = l.account_id where e.entry_date = ? and l.memo = ?"
                + " and a.code = '4000' and l.credit > 0", Long.class, start, number))
                .as("earned on the first day of its year").isEqualTo(1);

        dues.recordPayment(organization.id(), new Dues.PaymentDraft(dues.today(), PaymentMethod.BANK_TRANSFER, null,
                Money.parse("75", dues.currency()).orElseThrow()), treasurer.accountId());
        Organization renewed = fixtures.loaded(organization.id());
        assertThat(renewed.renewalDate()).isEqualTo(LocalDate.of(1962, 1, 1));
        assertThat(renewed.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(renewed.history()).anySatisfy(change -> {
            assertThat(change.action()).isEqualTo(MembershipAction.RENEWED);
            assertThat(change.actor()).isEqualTo("treasury");
        });
    }

}
