package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.BudgetBand;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.Organization;
import org.harambee.site.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The treasurer's dues year through the pages: a schedule, invoices numbered one after another that post their
 * entries, partial payments and overpayments, a second treasurer's approval above the threshold, credit notes,
 * waivers asked for by a representative; what a representative reads of its own organization and nobody else's; bad
 * input refused at its field; and the one public rule of good standing.
 */
@IntegrationTest
class DuesIntegrationTests {

    private static final List<String> RATES = List.of("UNDER_50K", "FROM_50K_TO_250K", "FROM_250K_TO_1M",
            "FROM_1M_TO_5M", "OVER_5M", "UNDECLARED", "INDIVIDUAL");

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GoodStanding goodStanding;
    @Autowired
    Dues dues;

    private HarambeeUser treasurer;
    private final String mark = UUID.randomUUID().toString().substring(0, 8);
    /** A membership year of this test's own, far from the others' (the tests share one database). */
    private final int year = ThreadLocalRandom.current().nextInt(2010, 2020);

    @BeforeEach
    void schedule() throws Exception {
        treasurer = fixtures.account(Role.TREASURER);
        MockHttpServletRequestBuilder form = post("/treasury/dues").with(csrf()).param("year", String.valueOf(year))
                .param("floor", "25");
        for (int i = 0; i < RATES.size(); i++) {
            form.param("rates[" + RATES.get(i) + "]", String.valueOf(100 * (i + 1)));
        }
        assertThat(as(treasurer, form).getRedirectedUrl()).isEqualTo("/treasury/dues?year=" + year);
    }

    private MockHttpServletResponse as(HarambeeUser who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(who)).header("Accept-Language", "en")).andReturn().getResponse();
    }

    private static String pdfText(MockHttpServletResponse response) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private Object notice(HarambeeUser who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(who))).andReturn().getFlashMap().get("notice");
    }

    private Long issue(Organization organization, String amount) throws Exception {
        MockHttpServletResponse issued = as(treasurer, post("/treasury/members/" + organization.id() + "/invoices")
                .with(csrf()).param("year", String.valueOf(year)).param("slidingAmount", amount));
        assertThat(issued.getRedirectedUrl()).as(issued.getContentAsString()).startsWith("/treasury/invoices/");
        return Long.valueOf(issued.getRedirectedUrl().substring("/treasury/invoices/".length()));
    }

    private MockHttpServletResponse pay(HarambeeUser who, Organization organization, String amount) throws Exception {
        return as(who, post("/treasury/members/" + organization.id() + "/payments").with(csrf())
                .param("receivedOn", LocalDate.now().minusDays(1).toString()).param("method", "CHECK")
                .param("reference", "Check " + mark).param("amount", amount));
    }

    private BigDecimal owed(Organization organization) {
        return dues.account(organization.id()).owed().amount();
    }

    /** The entry's lines as "code debit credit", amounts without trailing zeros. */
    private List<String> lines(long entryId) {
        return jdbc.query("select a.code, l.debit, l.credit from journal_line l join ledger_account a"
                + " on a.id = l.account_id where l.entry_id = ? order by l.position", (row, i) -> row.getString(1)
                + " " + row.getBigDecimal(2).stripTrailingZeros().toPlainString() + " "
                + row.getBigDecimal(3).stripTrailingZeros().toPlainString(), entryId);
    }

    @Test
    void anInvoiceAtTheMembersTierPostsItsEntryAndReadsTheSameForTheTreasurerAndTheRepresentative()
            throws Exception {
        Organization organization = fixtures.organization("Dues Tenants " + mark, MembershipStatus.ACTIVE, true);
        Long invoice = issue(organization, "");

        Map<String, Object> row = jdbc.queryForMap("select series, number_year, number, amount, rate, budget_band,"
                + " entry_id, member_name from dues_invoice where id = ?", invoice);
        assertThat(row.get("series")).isEqualTo("INVOICE");
        assertThat(((BigDecimal) row.get("amount")).stripTrailingZeros()).isEqualByComparingTo("200");
        assertThat(row.get("rate")).isEqualTo("FROM_50K_TO_250K");
        assertThat(row.get("member_name")).isEqualTo("Dues Tenants " + mark);
        assertThat(lines(((Number) row.get("entry_id")).longValue())).containsExactly("1100 200 0", "4000 0 200");
        String number = row.get("number_year") + "-" + String.format("%04d", (Integer) row.get("number"));

        String page = as(treasurer, get("/treasury/invoices/" + invoice)).getContentAsString();
        assertThat(page).contains("Invoice " + number).contains("$200.00").contains("Dues Tenants " + mark);

        HarambeeUser representative = fixtures.representativeOf(organization);
        assertThat(as(representative, get("/dues")).getRedirectedUrl()).isEqualTo("/dues/" + organization.id());
        String statement = as(representative, get("/dues/" + organization.id())).getContentAsString();
        assertThat(statement).contains("Invoice " + number).contains("$200.00").contains("In good standing");
        assertThat(as(representative, get("/dues/invoices/" + invoice)).getContentAsString())
                .contains("Invoice " + number).doesNotContain("/treasury/");

        MockHttpServletResponse pdf = as(treasurer, get("/treasury/invoices/" + invoice + "/pdf"));
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdfText(pdf)).contains("Invoice " + number).contains("Dues Tenants " + mark).contains("$200.00");
        assertThat(pdfText(as(representative, get("/dues/invoices/" + invoice + "/pdf")))).contains("Invoice " + number);

        HarambeeUser stranger = fixtures.representativeOf(fixtures.organization("Other Dues " + mark,
                MembershipStatus.ACTIVE, true));
        assertThat(as(stranger, get("/dues/invoices/" + invoice + "/pdf")).getStatus()).isEqualTo(404);
        assertThat(as(stranger, get("/dues/invoices/" + invoice)).getStatus()).isEqualTo(404);
        assertThat(as(stranger, get("/dues/" + organization.id())).getStatus()).isEqualTo(404);
        assertThat(as(stranger, post("/dues/" + organization.id() + "/waiver").with(csrf()).param("fromYear",
                String.valueOf(year)).param("toYear", String.valueOf(year)).param("reason", "Not ours"))
                .getStatus()).isEqualTo(404);
        assertThat(as(fixtures.account(Role.STAFF), get("/treasury/invoices/" + invoice)).getStatus())
                .isEqualTo(403);

        MockHttpServletResponse again = as(treasurer, post("/treasury/members/" + organization.id() + "/invoices")
                .with(csrf()).param("year", String.valueOf(year)));
        assertThat(again.getContentAsString()).contains("has an invoice for this year already");
    }

    @Test
    void aSlidingScaleAmountIsInvoicedAtTheFloorOrAbove() throws Exception {
        Organization organization = fixtures.organization("Sliding " + mark, MembershipStatus.ACTIVE, true);
        MockHttpServletResponse below = as(treasurer, post("/treasury/members/" + organization.id() + "/invoices")
                .with(csrf()).param("year", String.valueOf(year)).param("slidingAmount", "24.99"));
        assertThat(below.getContentAsString()).contains("The sliding scale starts at 25.00");
        Long invoice = issue(organization, "40");
        assertThat(jdbc.queryForObject("select amount from dues_invoice where id = ?", BigDecimal.class, invoice))
                .isEqualByComparingTo("40");
    }

    @Test
    void partialPaymentsLeaveTheRestOwedAndAnOverpaymentSettlesTheNextInvoice() throws Exception {
        Organization organization = fixtures.organization("Payers " + mark, MembershipStatus.ACTIVE, true);
        issue(organization, "");
        assertThat(pay(treasurer, organization, "50").getRedirectedUrl()).isEqualTo("/treasury/members/"
                + organization.id());
        assertThat(owed(organization)).isEqualByComparingTo("150");
        pay(treasurer, organization, "400");
        assertThat(owed(organization)).isEqualByComparingTo("0");
        assertThat(dues.account(organization.id()).credit().amount()).isEqualByComparingTo("250");
        Long payment = jdbc.queryForObject("select max(id) from dues_payment where member_id = ?", Long.class,
                organization.id());
        long entry = jdbc.queryForObject("select entry_id from dues_payment where id = ?", Long.class, payment);
        assertThat(lines(entry)).containsExactly("1000 400 0", "1100 0 150", "2200 0 250");

        dues.setSchedule(year + 1, Map.of(DuesRate.UNDER_50K, usd("1"), DuesRate.FROM_50K_TO_250K, usd("200"),
                DuesRate.FROM_250K_TO_1M, usd("1"), DuesRate.FROM_1M_TO_5M, usd("1"), DuesRate.OVER_5M, usd("1"),
                DuesRate.UNDECLARED, usd("1"), DuesRate.INDIVIDUAL, usd("1")), null, treasurer.accountId());
        Long next = dues.issue(organization.id(), year + 1, null, treasurer.accountId());
        assertThat(dues.account(organization.id()).invoice(next).orElseThrow().settled()).isTrue();
        assertThat(dues.account(organization.id()).credit().amount()).isEqualByComparingTo("50");
        long invoiceEntry = jdbc.queryForObject("select entry_id from dues_invoice where id = ?", Long.class, next);
        assertThat(lines(invoiceEntry)).containsExactly("1100 200 0", "4000 0 200", "2200 200 0", "1100 0 200");
    }

    private Money usd(String amount) {
        return Money.parse(amount, dues.currency()).orElseThrow();
    }

    @Test
    void aPaymentAboveTheThresholdCountsOnlyOnceAnotherTreasurerApprovesIt() throws Exception {
        Organization organization = fixtures.organization("Big Payer " + mark, MembershipStatus.ACTIVE, true);
        issue(organization, "");
        long entries = jdbc.queryForObject("select count(*) from journal_entry", Long.class);
        pay(treasurer, organization, "1,000.01");
        Long payment = jdbc.queryForObject("select max(id) from dues_payment where member_id = ?", Long.class,
                organization.id());
        assertThat(jdbc.queryForObject("select status from dues_payment where id = ?", String.class, payment))
                .isEqualTo("PENDING");
        assertThat(owed(organization)).isEqualByComparingTo("200");
        assertThat(as(treasurer, get("/treasury/payments")).getContentAsString())
                .contains("You recorded this payment: another treasurer approves it.");
        assertThat(as(treasurer, get("/treasury/payments/" + payment + "/receipt")).getStatus()).isEqualTo(404);

        assertThat(notice(treasurer, post("/treasury/payments/" + payment + "/approve").with(csrf())))
                .isEqualTo("finance.payment.secondTreasurer");
        assertThat(jdbc.queryForObject("select count(*) from journal_entry", Long.class)).isEqualTo(entries);

        HarambeeUser second = fixtures.account(Role.TREASURER);
        as(second, post("/treasury/payments/" + payment + "/approve").with(csrf()));
        assertThat(jdbc.queryForObject("select status from dues_payment where id = ?", String.class, payment))
                .isEqualTo("COUNTED");
        assertThat(owed(organization)).isEqualByComparingTo("0");
        assertThat(dues.account(organization.id()).credit().amount()).isEqualByComparingTo("800.01");
        assertThat(pdfText(as(treasurer, get("/treasury/payments/" + payment + "/receipt")))).contains("Receipt R-"
                + payment).contains("$1,000.01").contains("Big Payer " + mark);
        assertThat(pdfText(as(fixtures.representativeOf(organization), get("/dues/payments/" + payment
                + "/receipt")))).contains("Receipt R-" + payment);
        assertThat(notice(second, post("/treasury/payments/" + payment + "/decline").with(csrf())))
                .isEqualTo("finance.payment.decided");
    }

    @Test
    void aCreditNoteReducesAnInvoiceWhichMayThenBeIssuedAnew() throws Exception {
        Organization organization = fixtures.organization("Corrected " + mark, MembershipStatus.ACTIVE, true);
        Long invoice = issue(organization, "");
        MockHttpServletResponse tooMuch = as(treasurer, post("/treasury/invoices/" + invoice + "/credit").with(csrf())
                .param("amount", "200.01").param("reason", "Wrong tier"));
        assertThat(tooMuch.getContentAsString()).contains("at most 200.00");
        MockHttpServletResponse credited = as(treasurer, post("/treasury/invoices/" + invoice + "/credit")
                .with(csrf()).param("amount", "200").param("reason", "Wrong tier"));
        Long note = Long.valueOf(credited.getRedirectedUrl().substring("/treasury/invoices/".length()));
        Map<String, Object> row = jdbc.queryForMap("select series, credits_id, entry_id from dues_invoice where id = ?",
                note);
        assertThat(row.get("series")).isEqualTo("CREDIT_NOTE");
        assertThat(((Number) row.get("credits_id")).longValue()).isEqualTo(invoice);
        assertThat(lines(((Number) row.get("entry_id")).longValue())).containsExactly("4000 200 0", "1100 0 200");
        assertThat(as(treasurer, get("/treasury/invoices/" + note)).getContentAsString()).contains("Credit note CN-")
                .contains("Wrong tier");
        assertThat(owed(organization)).isEqualByComparingTo("0");
        Long reissued = issue(organization, "40");
        assertThat(reissued).isNotEqualTo(invoice);
    }

    @Test
    void aWaivedYearReadsAsSettledAndTheMemberStaysInGoodStanding() throws Exception {
        Organization organization = fixtures.organization("Hardship " + mark, MembershipStatus.ACTIVE, true);
        Long invoice = issue(organization, "");
        HarambeeUser representative = fixtures.representativeOf(organization);
        MockHttpServletResponse asked = as(representative, post("/dues/" + organization.id() + "/waiver").with(csrf())
                .param("fromYear", String.valueOf(year)).param("toYear", String.valueOf(year))
                .param("reason", "Our funder withdrew " + mark));
        assertThat(asked.getRedirectedUrl()).isEqualTo("/dues/" + organization.id());
        Long waiver = jdbc.queryForObject("select id from dues_waiver where member_id = ?", Long.class,
                organization.id());
        assertThat(as(treasurer, get("/treasury/waivers")).getContentAsString()).contains("Our funder withdrew " + mark);
        assertThat(as(fixtures.account(Role.STAFF), get("/treasury/waivers")).getStatus()).isEqualTo(403);

        as(treasurer, post("/treasury/waivers/" + waiver + "/grant").with(csrf()));
        assertThat(owed(organization)).isEqualByComparingTo("0");
        assertThat(dues.account(organization.id()).invoice(invoice).orElseThrow().settled()).isTrue();
        assertThat(dues.account(organization.id()).waived(year)).isTrue();
        MockHttpServletResponse invoicedAgain = as(treasurer, post("/treasury/members/" + organization.id()
                + "/invoices").with(csrf()).param("year", String.valueOf(year)));
        assertThat(invoicedAgain.getContentAsString()).contains("dues for this year are waived");
        assertThat(goodStanding.of(organization.id(), LocalDate.now()).reason()).isEqualTo(StandingReason.GOOD);
        assertThat(as(representative, get("/dues/" + organization.id())).getContentAsString())
                .contains("Credit note CN-").contains("granted").contains("In good standing")
                .as("the reason is the treasurers' only").doesNotContain("Our funder withdrew");
        assertThat(as(treasurer, get("/treasury/members/" + organization.id())).getContentAsString())
                .contains("Our funder withdrew " + mark);
        Long note = jdbc.queryForObject("select id from dues_invoice where credits_id = ?", Long.class, invoice);
        assertThat(as(representative, get("/dues/invoices/" + note)).getContentAsString()).contains("Dues waived");
    }

    @Test
    void aCreditNoteOnAPaidInvoiceSettlesTheNextOneInTheJournalAsOnTheStatement() throws Exception {
        Organization organization = fixtures.organization("Two Years " + mark, MembershipStatus.ACTIVE, true);
        Long paid = issue(organization, "");
        pay(treasurer, organization, "200");
        as(treasurer, post("/treasury/dues").with(csrf()).param("year", String.valueOf(year + 1)).param("floor", "")
                .param("rates[FROM_50K_TO_250K]", "200").param("rates[UNDER_50K]", "1")
                .param("rates[FROM_250K_TO_1M]", "1").param("rates[FROM_1M_TO_5M]", "1").param("rates[OVER_5M]", "1")
                .param("rates[UNDECLARED]", "1").param("rates[INDIVIDUAL]", "1"));
        as(treasurer, post("/treasury/members/" + organization.id() + "/invoices").with(csrf())
                .param("year", String.valueOf(year + 1)));
        assertThat(owed(organization)).isEqualByComparingTo("200");

        MockHttpServletResponse credited = as(treasurer, post("/treasury/invoices/" + paid + "/credit").with(csrf())
                .param("amount", "50").param("reason", "Wrong tier"));
        Long note = Long.valueOf(credited.getRedirectedUrl().substring("/treasury/invoices/".length()));
        assertThat(owed(organization)).isEqualByComparingTo("150");
        assertThat(dues.account(organization.id()).credit().amount()).isEqualByComparingTo("0");
        long entry = jdbc.queryForObject("select entry_id from dues_invoice where id = ?", Long.class, note);
        assertThat(lines(entry)).as("what the member owes in all goes down, nothing becomes credit")
                .containsExactly("4000 50 0", "1100 0 50");
    }

    @Test
    void twoTreasurersApprovingOnePaymentAtOnceCountItOnce() throws Exception {
        Organization organization = fixtures.organization("Double Click " + mark, MembershipStatus.ACTIVE, true);
        issue(organization, "");
        pay(treasurer, organization, "1500");
        Long payment = jdbc.queryForObject("select max(id) from dues_payment where member_id = ?", Long.class,
                organization.id());
        List<HarambeeUser> approvers = List.of(fixtures.account(Role.TREASURER), fixtures.account(Role.TREASURER),
                fixtures.account(Role.TREASURER), fixtures.account(Role.TREASURER));
        ExecutorService pool = Executors.newFixedThreadPool(approvers.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (HarambeeUser approver : approvers) {
            attempts.add(pool.submit(() -> {
                start.await();
                try {
                    dues.approvePayment(payment, approver.accountId());
                    return true;
                } catch (Refusal refused) {
                    assertThat(refused.problems().get(0).key()).isEqualTo("finance.payment.decided");
                    return false;
                }
            }));
        }
        start.countDown();
        int approved = 0;
        for (Future<Boolean> attempt : attempts) {
            approved += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(approved).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(distinct l.entry_id) from journal_line l where l.memo = ?",
                Long.class, "payment " + payment)).isEqualTo(1);
        assertThat(owed(organization)).isEqualByComparingTo("0");
        assertThat(dues.account(organization.id()).credit().amount()).isEqualByComparingTo("1300");
    }

    @Test
    void anEntryDuesPostedIsCorrectedByACreditNoteNeverReversedInTheJournal() throws Exception {
        Organization organization = fixtures.organization("Posted By Dues " + mark, MembershipStatus.ACTIVE, true);
        Long invoice = issue(organization, "");
        long entry = jdbc.queryForObject("select entry_id from dues_invoice where id = ?", Long.class, invoice);
        assertThat(as(treasurer, get("/treasury/journal/" + entry)).getContentAsString())
                .contains("corrected by a credit note").doesNotContain("/reverse\"");
        assertThat(notice(treasurer, post("/treasury/journal/" + entry + "/reverse").with(csrf())
                .param("date", LocalDate.now().toString()).param("reason", "Undo")))
                .isEqualTo("finance.entry.postedByDues");
        assertThat(jdbc.queryForObject("select count(*) from journal_entry where reverses_id = ?", Long.class, entry))
                .isZero();
    }

    @Test
    void goodStandingOnARecordDateReadsTheMembershipOfThatDay() {
        Organization active = fixtures.organization("Standing " + mark, MembershipStatus.ACTIVE, true);
        Organization lapsed = fixtures.organization("Lapsed " + mark, MembershipStatus.LAPSED, true);
        Map<Long, MemberStanding> today = goodStanding.of(List.of(active.id(), lapsed.id()), LocalDate.now());
        assertThat(today.get(active.id()).good()).isTrue();
        assertThat(today.get(lapsed.id()).reason()).isEqualTo(StandingReason.NOT_ACTIVE);
        assertThat(goodStanding.of(active.id(), LocalDate.now().minusDays(2)).reason())
                .isEqualTo(StandingReason.NOT_A_MEMBER);
        assertThat(goodStanding.of(active.id(), LocalDate.now()).status()).isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void badInputIsRefusedAtItsFieldAndChangesNothing() throws Exception {
        Organization organization = fixtures.organization("Careful " + mark, MembershipStatus.ACTIVE, true);
        long payments = jdbc.queryForObject("select count(*) from dues_payment", Long.class);
        String thousand = pay(treasurer, organization, "1.000").getContentAsString();
        assertThat(thousand).contains("at most 2 decimals").contains("aria-invalid=\"true\"");
        String future = as(treasurer, post("/treasury/members/" + organization.id() + "/payments").with(csrf())
                .param("receivedOn", LocalDate.now().plusDays(2).toString()).param("method", "CASH")
                .param("amount", "10")).getContentAsString();
        assertThat(future).contains("not after today");
        String noMethod = as(treasurer, post("/treasury/members/" + organization.id() + "/payments").with(csrf())
                .param("receivedOn", "yesterday").param("method", "BITCOIN").param("amount", "10"))
                .getContentAsString();
        assertThat(noMethod).contains("as a date, such as").contains("Choose how the payment was made");
        assertThat(jdbc.queryForObject("select count(*) from dues_payment", Long.class)).isEqualTo(payments);

        String schedule = as(treasurer, post("/treasury/dues").with(csrf()).param("year", String.valueOf(year))
                .param("rates[UNDER_50K]", "-5").param("floor", "0")).getContentAsString();
        assertThat(schedule).contains("Write the amount with digits").contains("Give this rate")
                .contains("A sliding-scale floor is above zero");
        assertThat(jdbc.queryForObject("select amount from dues_rate where membership_year = ? and rate = ?",
                BigDecimal.class, year, "UNDER_50K")).isEqualByComparingTo("100");

        HarambeeUser representative = fixtures.representativeOf(organization);
        String waiver = as(representative, post("/dues/" + organization.id() + "/waiver").with(csrf())
                .param("fromYear", String.valueOf(year + 1)).param("toYear", String.valueOf(year))
                .param("reason", "")).getContentAsString();
        assertThat(waiver).contains("the first no later than the last");
        String attest = as(representative, post("/dues/" + organization.id() + "/attestation").with(csrf())
                .param("year", "1999").param("budget", "HUGE")).getContentAsString();
        assertThat(attest).contains("Choose your budget band");
        assertThat(jdbc.queryForObject("select count(*) from dues_waiver where member_id = ?", Long.class,
                organization.id())).isZero();
    }

    @Test
    void aRepresentativeAttestsItsBudgetBandAndNextYearsInvoiceFollowsIt() throws Exception {
        Organization organization = fixtures.organization("Attesting " + mark, MembershipStatus.ACTIVE, true);
        HarambeeUser representative = fixtures.representativeOf(organization);
        int next = dues.settings().yearOf(dues.today()).year() + 1;
        MockHttpServletResponse attested = as(representative, post("/dues/" + organization.id() + "/attestation")
                .with(csrf()).param("year", String.valueOf(next)).param("budget", "UNDER_50K"));
        assertThat(attested.getRedirectedUrl()).isEqualTo("/dues/" + organization.id());
        assertThat(dues.attested(organization.id(), next)).contains(BudgetBand.UNDER_50K);
        assertThat(jdbc.queryForObject("select attested_by from dues_attestation where member_id = ?", UUID.class,
                organization.id())).isEqualTo(representative.accountId());

        Map<DuesRate, Money> rates = new EnumMap<>(DuesRate.class);
        for (DuesRate rate : DuesRate.values()) {
            rates.put(rate, usd(rate == DuesRate.UNDER_50K ? "75" : "500"));
        }
        try {
            dues.setSchedule(next, rates, null, treasurer.accountId());
            assertNextYearsInvoiceFollowsTheAttestation(organization, representative, next);
        } finally {
            jdbc.update("delete from dues_rate where membership_year = ?", next);
            jdbc.update("delete from dues_schedule where membership_year = ?", next);
        }
    }

    /**
     * Next year's invoice follows the attestation. (The schedule of the real next year is removed after: the daily
     * job's test would otherwise invoice every member of the shared database for it.)
     */
    private void assertNextYearsInvoiceFollowsTheAttestation(Organization organization,
            HarambeeUser representative, int next) throws Exception {
        Long invoice = dues.issue(organization.id(), next, null, treasurer.accountId());
        assertThat(jdbc.queryForMap("select rate, budget_band, attested, amount from dues_invoice where id = ?",
                invoice)).containsEntry("rate", "UNDER_50K").containsEntry("budget_band", "UNDER_50K")
                .containsEntry("attested", true).hasEntrySatisfying("amount", amount ->
                        assertThat((BigDecimal) amount).isEqualByComparingTo("75"));
        MockHttpServletResponse late = as(representative, post("/dues/" + organization.id() + "/attestation")
                .with(csrf()).param("year", String.valueOf(next)).param("budget", "OVER_5M"));
        assertThat(late.getContentAsString()).contains("This year is invoiced already");
    }
}
