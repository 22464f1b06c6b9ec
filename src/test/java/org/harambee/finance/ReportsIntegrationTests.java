package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
 * The reports are the journal's: the income statement of a year holds exactly that year's income and expenses, the
 * balance sheet balances and moves by what the year added, the budget sets the year's plan against its actual; each
 * downloads as CSV for spreadsheets; a budget amount that cannot be read changes nothing.
 */
@IntegrationTest
class ReportsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Ledger ledger;
    @Autowired
    FinancialReports reports;

    private HarambeeUser treasurer;
    private final String mark = UUID.randomUUID().toString().substring(0, 8);
    /** A year of this test's own: the tests share one database. */
    private final int year = ThreadLocalRandom.current().nextInt(1980, 1990);

    @BeforeEach
    void treasurer() {
        treasurer = fixtures.account(Role.TREASURER);
    }

    private MockHttpServletResponse as(HarambeeUser who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(who)).header("Accept-Language", "en")).andReturn().getResponse();
    }

    private long account(String code) {
        return jdbc.queryForObject("select id from ledger_account where code = ?", Long.class, code);
    }

    private void post2(LocalDate day, String description, String debit, String credit, String amount) {
        Money money = Money.parse(amount, ledger.currency()).orElseThrow();
        ledger.post(new EntryDraft(day, description, ledger.currency(), List.of(
                new EntryDraft.Line(0, account(debit), money, null, null),
                new EntryDraft.Line(1, account(credit), null, money, null))), treasurer.accountId());
    }

    @Test
    void theIncomeStatementAndBalanceSheetOfAYearHoldWhatItsJournalHolds() throws Exception {
        LocalDate first = LocalDate.of(year, 1, 1);
        Reports.BalanceSheet before = reports.balanceSheet(first.minusDays(1), Locale.ENGLISH);
        post2(first.plusDays(10), "Grant " + mark, "1000", "4100", "50,000.00");
        post2(first.plusDays(40), "Donations " + mark, "1000", "4200", "1,234.56");
        post2(first.plusDays(50), "Rent " + mark, "5400", "1000", "1,800");
        post2(first.plusDays(60), "Interpretation " + mark, "5800", "2000", "640");

        Reports.IncomeStatement statement = reports.incomeStatement(first, first.plusYears(1).minusDays(1),
                Locale.ENGLISH);
        assertThat(statement.totalIncome().amount()).isEqualByComparingTo("51234.56");
        assertThat(statement.totalExpenses().amount()).isEqualByComparingTo("2440");
        assertThat(statement.net().amount()).isEqualByComparingTo("48794.56");
        assertThat(statement.income()).extracting(line -> line.account().code()).containsExactly("4100", "4200");

        Reports.BalanceSheet after = reports.balanceSheet(first.plusYears(1).minusDays(1), Locale.ENGLISH);
        assertThat(before.balances()).isTrue();
        assertThat(after.balances()).isTrue();
        assertThat(after.totalAssets().minus(before.totalAssets()).amount()).isEqualByComparingTo("49434.56");
        assertThat(after.totalLiabilities().minus(before.totalLiabilities()).amount()).isEqualByComparingTo("640");
        assertThat(after.netIncome().minus(before.netIncome()).amount()).isEqualByComparingTo("48794.56");

        String page = as(treasurer, get("/treasury/income-statement?from=" + first + "&to="
                + first.plusYears(1).minusDays(1))).getContentAsString();
        assertThat(page).contains("$51,234.56").contains("$2,440.00").contains("Surplus").contains("$48,794.56");
        assertThat(as(treasurer, get("/treasury/balance-sheet?on=" + first.plusYears(1).minusDays(1)))
                .getContentAsString()).contains("Assets equal liabilities and net assets.");

        MockHttpServletResponse csv = as(treasurer, get("/treasury/export/income-statement.csv?from=" + first
                + "&to=" + first.plusYears(1).minusDays(1)));
        assertThat(csv.getContentType()).startsWith("text/csv");
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFsection,code,account,amount\r\n").contains("income,4100,Foundation grants,"
                + "50000.00\r\n").contains("net,,income less expenses,48794.56\r\n");
        assertThat(as(fixtures.account(Role.STAFF), get("/treasury/export/income-statement.csv")).getStatus())
                .isEqualTo(403);
    }

    @Test
    void aBudgetIsSetAgainstTheActualOfItsYearAndAnUnreadableAmountChangesNothing() throws Exception {
        LocalDate first = LocalDate.of(year, 1, 1);
        post2(first.plusDays(3), "Salaries " + mark, "5000", "1000", "2,500");
        String rent = "amounts[" + account("5400") + "]";
        String salaries = "amounts[" + account("5000") + "]";
        MockHttpServletResponse saved = as(treasurer, post("/treasury/budget").with(csrf())
                .param("year", String.valueOf(year)).param(salaries, "10,000").param(rent, "21600"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/treasury/budget?year=" + year);
        Reports.Budget budget = reports.budget(year, LocalDate.of(year, 12, 31), Locale.ENGLISH);
        Reports.BudgetRow row = budget.expenses().stream().filter(each -> each.account().code().equals("5000"))
                .findFirst().orElseThrow();
        assertThat(row.budget().amount()).isEqualByComparingTo("10000");
        assertThat(row.actual().amount()).isEqualByComparingTo("2500");
        assertThat(row.left().amount()).isEqualByComparingTo("7500");
        assertThat(row.percent()).isEqualTo(25);

        String refused = as(treasurer, post("/treasury/budget").with(csrf()).param("year", String.valueOf(year))
                .param(salaries, "ten thousand").param(rent, "0")).getContentAsString();
        assertThat(refused).contains("Write the amount with digits").contains("aria-invalid=\"true\"")
                .contains("ten thousand");
        assertThat(reports.planned(year).get(account("5400")).amount()).isEqualByComparingTo("21600");

        as(treasurer, post("/treasury/budget").with(csrf()).param("year", String.valueOf(year)).param(rent, ""));
        assertThat(reports.planned(year)).doesNotContainKey(account("5400")).containsKey(account("5000"));
        String csv = new String(as(treasurer, get("/treasury/export/budget.csv?year=" + year))
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("expenses,5000,Salaries and wages,10000.00,2500.00,7500.00\r\n");
    }

    @Test
    void aNameASpreadsheetWouldTakeForAFormulaIsWrittenAsText() throws Exception {
        String code = "F" + mark.substring(0, 6);
        as(treasurer, post("/treasury/accounts").with(csrf()).param("code", code).param("nameEn", "=HYPERLINK(1)")
                .param("nameEs", "=HIPERVINCULO(1)").param("kind", "INCOME"));
        LocalDate day = LocalDate.of(year, 6, 1);
        post2(day, "Formula " + mark, "1000", code, "10");
        String csv = new String(as(treasurer, get("/treasury/export/trial-balance.csv?from=" + day + "&to=" + day))
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains(code + ",'=HYPERLINK(1),INCOME,0.00,10.00,10.00");
    }
}
