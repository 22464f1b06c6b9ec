package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A treasurer posts balanced entries and reverses them; an unbalanced or unreadable one is refused at its field and
 * stores nothing; the trial balance adds up; nobody but treasurers reaches the books, staff and administrators
 * included, and the audit log they read names entries by number only.
 */
@IntegrationTest
class LedgerIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Ledger ledger;

    private HarambeeUser treasurer;
    private final String mark = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void treasurer() {
        treasurer = fixtures.account(Role.TREASURER);
    }

    private long accountId(String code) {
        return jdbc.queryForObject("select id from ledger_account where code = ?", Long.class, code);
    }

    private long entries() {
        return jdbc.queryForObject("select count(*) from journal_entry", Long.class);
    }

    private MockHttpServletRequestBuilder entry(String date, String description, String... rows) {
        MockHttpServletRequestBuilder form = post("/treasury/journal").with(csrf()).param("date", date)
                .param("description", description);
        for (int i = 0; i < rows.length; i++) {
            String[] cells = rows[i].split("\\|", -1);
            form.param("lines[" + i + "].account", cells[0]).param("lines[" + i + "].debit", cells[1])
                    .param("lines[" + i + "].credit", cells[2]);
        }
        return form;
    }

    private MockHttpServletResponse as(HarambeeUser who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(who)).header("Accept-Language", "en")).andReturn().getResponse();
    }

    @Test
    void aTreasurerPostsABalancedEntryAndReadsItInTheJournalAndTheTrialBalance() throws Exception {
        LocalDate day = LocalDate.of(2031, 2, 14);
        TrialBalance before = ledger.trialBalance(day, day, Locale.ENGLISH);
        MockHttpServletResponse posted = as(treasurer, entry(day.toString(), "Grant from a foundation " + mark,
                accountId("1000") + "|12,500.00|", accountId("4100") + "||12500"));
        assertThat(posted.getStatus()).isEqualTo(302);
        String page = as(treasurer, get(posted.getRedirectedUrl())).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Grant from a foundation " + mark).contains("$12,500.00").contains("Foundation grants");
        assertThat(as(treasurer, get("/treasury/journal?from=" + day + "&to=" + day))
                .getContentAsString(StandardCharsets.UTF_8)).contains("Grant from a foundation " + mark);
        assertThat(as(treasurer, get("/treasury/journal?from=" + day.plusDays(1)))
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Grant from a foundation " + mark);

        TrialBalance after = ledger.trialBalance(day, day, Locale.ENGLISH);
        assertThat(after.balanced()).isTrue();
        assertThat(balanceOf(after, "1000").subtract(balanceOf(before, "1000"))).isEqualByComparingTo("12500");
        assertThat(balanceOf(after, "4100").subtract(balanceOf(before, "4100"))).isEqualByComparingTo("12500");
        assertThat(as(treasurer, get("/treasury/trial-balance?from=" + day + "&to=" + day))
                .getContentAsString(StandardCharsets.UTF_8)).contains("Debits equal credits")
                .contains(after.debits().shown(Locale.ENGLISH));
    }

    private static BigDecimal balanceOf(TrialBalance balance, String code) {
        return balance.rows().stream().filter(row -> row.account().code().equals(code)).findFirst()
                .map(row -> row.balance().amount()).orElse(BigDecimal.ZERO);
    }

    @Test
    void anUnbalancedOrUnreadableEntryIsRefusedAtItsFieldAndStoresNothing() throws Exception {
        long before = entries();
        String unbalanced = as(treasurer, entry("2031-03-01", "Rent " + mark, accountId("5400") + "|1200|",
                accountId("1000") + "||1100")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(unbalanced).contains("Debits (1200.00) must equal credits (1100.00).");
        String unreadable = as(treasurer, entry("2031-03-01", "Rent " + mark, accountId("5400") + "|12.345|",
                "|1|", accountId("1000") + "|-3|")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(unreadable).contains("Write the amount with digits and at most 2 decimals")
                .contains("Choose an account in use for this line.");
        String bothSides = as(treasurer, entry("2031-03-01", "Rent " + mark, accountId("5400") + "|5|5",
                accountId("1000") + "||5")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(bothSides).contains("Give either a debit or a credit on this line, not both.");
        String noDate = as(treasurer, entry("not-a-date", "Rent " + mark, accountId("5400") + "|5|",
                accountId("1000") + "||5")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(noDate).contains("Give the date as a date");
        String farAway = as(treasurer, entry("+10000-01-01", "Rent " + mark, accountId("5400") + "|5|",
                accountId("1000") + "||5")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(farAway).contains("between the years 1900 and 9999").doesNotContain("value=\"+10000-01-01\"");
        assertThat(entries()).isEqualTo(before);
        assertThat(as(treasurer, get("/treasury/journal?page=90000000")).getStatus()).isEqualTo(200);
        assertThat(as(treasurer, get("/treasury/trial-balance?from=-5000-01-01&to=+99999-01-01")).getStatus())
                .isEqualTo(200);
    }

    @Test
    void anEntryIsReversedOnceAndTheReversalCancelsIt() throws Exception {
        LocalDate day = LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(36_500));
        String entry = as(treasurer, entry(day.toString(), "Printing " + mark, accountId("5700") + "|80.25|",
                accountId("1000") + "||80.25")).getRedirectedUrl();
        MockHttpServletResponse reversed = as(treasurer, post(entry + "/reverse").with(csrf())
                .param("date", day.toString()).param("reason", "Recorded twice " + mark));
        assertThat(reversed.getRedirectedUrl()).startsWith("/treasury/journal/").isNotEqualTo(entry);
        assertThat(as(treasurer, get(entry)).getContentAsString(StandardCharsets.UTF_8))
                .contains("This entry was reversed by");
        assertThat(ledger.trialBalance(day, day, Locale.ENGLISH).rows())
                .allSatisfy(row -> assertThat(row.balance().isZero()).isTrue());

        long before = entries();
        MockHttpServletResponse again = as(treasurer, post(entry + "/reverse").with(csrf())
                .param("date", day.toString()).param("reason", "Once more"));
        assertThat(again.getRedirectedUrl()).isEqualTo(entry);
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void aTreasurerAddsAnAccountRetiresItAndARetiredAccountTakesNoNewLines() throws Exception {
        String code = "9" + mark.substring(0, 5).replaceAll("[^0-9a-z]", "0");
        MockHttpServletResponse added = as(treasurer, post("/treasury/accounts").with(csrf()).param("code", code)
                .param("nameEn", "Legal defense fund " + mark).param("nameEs", "Fondo de defensa " + mark)
                .param("kind", "EXPENSE"));
        assertThat(added.getRedirectedUrl()).isEqualTo("/treasury/accounts");
        long id = accountId(code);
        assertThat(as(treasurer, post("/treasury/accounts").with(csrf()).param("code", code).param("nameEn", "Again")
                .param("nameEs", "Otra vez").param("kind", "INCOME")).getContentAsString(StandardCharsets.UTF_8))
                .contains("Another account has the code " + code + ".");
        assertThat(as(treasurer, post("/treasury/accounts").with(csrf()).param("code", "=cmd|x").param("nameEn", "X")
                .param("nameEs", "X").param("kind", "NOPE")).getContentAsString(StandardCharsets.UTF_8))
                .contains("Use up to 10 letters, digits, dots or dashes").contains("Choose a kind of account.");

        as(treasurer, post("/treasury/accounts/" + id).with(csrf()).param("nameEn", "Legal fund " + mark)
                .param("nameEs", "Fondo legal " + mark));
        assertThat(as(treasurer, get("/treasury/accounts")).getContentAsString(StandardCharsets.UTF_8))
                .contains("Legal fund " + mark).contains("Retired");
        long before = entries();
        assertThat(as(treasurer, entry("2031-04-01", "Lawyer " + mark, id + "|500|", accountId("1000") + "||500"))
                .getContentAsString(StandardCharsets.UTF_8)).contains("Choose an account in use for this line.");
        assertThat(entries()).isEqualTo(before);
        assertThat(as(treasurer, get("/treasury/accounts/999999999")).getStatus()).isEqualTo(404);
    }

    @Test
    void nobodyButTreasurersReachesTheBooksAndTheAuditLogNamesEntriesByNumberOnly() throws Exception {
        for (Role role : new Role[] {Role.MEMBER, Role.REPRESENTATIVE, Role.STAFF, Role.ADMIN}) {
            HarambeeUser other = fixtures.account(role);
            assertThat(as(other, get("/treasury")).getStatus()).as(role.name()).isEqualTo(403);
            assertThat(as(other, entry("2031-01-01", "Sneaky " + mark, accountId("1000") + "|1|",
                    accountId("4900") + "||1")).getStatus()).as(role.name()).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/treasury/journal")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        as(treasurer, entry("2031-01-02", "Salary of a named person " + mark, accountId("5000") + "|3000|",
                accountId("1000") + "||3000"));
        String audit = as(fixtures.account(Role.ADMIN), get("/staff/audit").param("action", "finance.entry.posted"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(audit).contains("Journal entry posted").doesNotContain("Salary of a named person " + mark);
    }

    @Test
    void aClosedPeriodTakesNoEntryAndClosingOnlyMovesForward() throws Exception {
        LocalDate closedNow = ledger.closedThrough().orElse(LocalDate.of(1950, 12, 31));
        LocalDate through = closedNow.plusDays(1);
        MockHttpServletResponse closed = as(treasurer, post("/treasury/periods").with(csrf())
                .param("through", through.toString()));
        assertThat(closed.getRedirectedUrl()).isEqualTo("/treasury/periods");
        assertThat(ledger.closedThrough()).contains(through);
        assertThat(as(treasurer, get("/treasury/periods")).getContentAsString()).contains("The books are closed through");

        long before = entries();
        String refused = as(treasurer, entry(through.toString(), "Backdated " + mark, accountId("5900") + "|5|",
                accountId("1000") + "||5")).getContentAsString();
        assertThat(refused).contains("The books are closed through that day").contains("aria-invalid=\"true\"");
        assertThat(entries()).isEqualTo(before);
        MockHttpServletResponse open = as(treasurer, entry(through.plusDays(1).toString(), "Next day " + mark,
                accountId("5900") + "|5|", accountId("1000") + "||5"));
        assertThat(open.getRedirectedUrl()).startsWith("/treasury/journal/");
        assertThat(entries()).isEqualTo(before + 1);

        for (String day : List.of(through.toString(), through.minusDays(3).toString(),
                LocalDate.now().plusDays(2).toString(), "someday")) {
            String backwards = as(treasurer, post("/treasury/periods").with(csrf()).param("through", day))
                    .getContentAsString();
            assertThat(backwards).as(day).contains("Choose a day after the one the books are closed through");
        }
        assertThat(ledger.closedThrough()).contains(through);
        assertThat(as(fixtures.account(Role.STAFF), post("/treasury/periods").with(csrf())
                .param("through", through.plusDays(1).toString())).getStatus()).isEqualTo(403);
    }
}
