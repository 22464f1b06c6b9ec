package org.harambee.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.harambee.Browser;
import org.harambee.BrowserPeople;
import org.harambee.IntegrationTest;
import org.harambee.identity.Invitations;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.Organization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In a real browser: a treasurer sets a year's dues schedule and issues an organization's invoice (e-mailed to it; the
 * year's invoices for every member go out the same way, which the daily job's test covers), a representative reads
 * its organization's invoice, the treasurer records its payment (above the threshold) with the bank's slip scanned, a
 * second treasurer approves it and finds the receipt and the scan on the member's page (then the reports, budget,
 * closed periods, import, waivers and journal pages, each checked by the accessibility audit), and the representative sees the invoice settled and the organization in good standing, and reads the public account
 * with the year's dues by rate; an administrator finds who reads the public account.
 */
@IntegrationTest
class DuesBrowserTests {

    private static final List<String> RATES = List.of("UNDER_50K", "FROM_50K_TO_250K", "FROM_250K_TO_1M",
            "FROM_1M_TO_5M", "OVER_5M", "UNDECLARED", "INDIVIDUAL");

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    private BrowserPeople people;
    @Autowired
    Invitations invitations;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void people() {
        people = new BrowserPeople(browser, port, invitations, fixtures, passwords, jdbc);
    }

    @Test
    void aTreasurerInvoicesTheYearARepresentativeReadsItAndAnApprovedPaymentSettlesIt(@TempDir Path folder)
            throws IOException {
        Path scan = Files.write(folder.resolve("wire-slip.pdf"),
                "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        int year = ThreadLocalRandom.current().nextInt(2000, 2010);
        Organization organization = fixtures.organization(MembershipFixtures.unique("Dues Coalition"),
                MembershipStatus.ACTIVE, true);
        String treasurer = people.account(Role.TREASURER, "Treasurer");
        String second = people.account(Role.TREASURER, "Treasurer");
        String representative = people.representative(organization);

        people.signIn(treasurer);
        browser.open(people.url("/treasury/dues?year=" + year));
        for (String rate : RATES) {
            browser.fill("#rates-" + rate + "-", rate.equals("FROM_50K_TO_250K") ? "1,250.00" : "90");
        }
        browser.clickAndWait("form[action='/treasury/dues'] button[type=submit]");
        browser.waitForText("The schedule was saved.");
        assertThat(browser.text()).contains("Issue the invoices for " + year);
        browser.open(people.url("/treasury/members?q=" + organization.name().replace(' ', '+')));
        browser.clickAndWait(browser.find("a[href='/treasury/members/" + organization.id() + "']"));
        browser.fill("#year", String.valueOf(year));
        browser.clickAndWait("form[action$='/invoices'] button[type=submit]");
        browser.waitForText("The invoice was issued.");

        people.signIn(representative);
        browser.open(people.url("/dues"));
        browser.waitForText("Dues of " + organization.name());
        assertThat(browser.text()).contains("$1,250.00").contains("In good standing");
        browser.clickAndWait(browser.find("a[href^='/dues/invoices/']"));
        assertThat(browser.text()).contains("Membership year").contains(String.valueOf(year)).contains("$1,250.00");

        people.signIn(treasurer);
        browser.open(people.url("/treasury/members?q=" + organization.name().replace(' ', '+')));
        browser.clickAndWait(browser.find("a[href='/treasury/members/" + organization.id() + "']"));
        browser.fill("#amount", "1250");
        new Select(browser.find("#method")).selectByValue("BANK_TRANSFER");
        browser.fill("#reference", "Wire of the coalition");
        browser.find("#scan").sendKeys(scan.toString());
        browser.clickAndWait("form[action$='/payments'] button[type=submit]");
        browser.waitForText("The payment was recorded.");
        assertThat(browser.text()).contains("awaits a second treasurer");

        people.signIn(second);
        browser.open(people.url("/treasury/payments"));
        browser.clickAndWait(browser.find("form[action$='/approve'] button"));
        browser.waitForText("The payment was approved and counts now.");
        browser.open(people.url("/treasury/members/" + organization.id()));
        assertThat(browser.find("a[href$='/receipt']").getText()).startsWith("Receipt");
        assertThat(browser.find("a[href$='/scan']").getText()).startsWith("Scan");
        for (String[] page : new String[][] {{"/treasury/trial-balance", "Trial balance"},
            {"/treasury/income-statement", "Income statement"}, {"/treasury/balance-sheet", "Balance sheet"},
            {"/treasury/budget?year=" + year, "Budget"}, {"/treasury/periods", "Closed periods"},
            {"/treasury/import", "Import"}, {"/treasury/waivers", "Waivers"},
            {"/treasury/journal?from=" + year + "-01-01&to=" + year + "-12-31", "Journal"}}) {
            browser.open(people.url(page[0]));
            assertThat(browser.find("h1").getText()).as(page[0]).startsWith(page[1]);
        }

        people.signIn(representative);
        browser.open(people.url("/dues/" + organization.id()));
        assertThat(browser.text()).contains("settled").contains("In good standing").contains("counted");

        browser.open(people.url("/transparency/" + year));
        assertThat(browser.text()).contains("Public account " + year).contains("Membership dues by rate")
                .contains("Organizations with a budget of $50,000 to $250,000");
        browser.open(people.url("/transparency"));
        assertThat(browser.text()).contains("Income").contains("Expenses");

        people.signIn(people.account(Role.ADMIN, "Administrator"));
        browser.open(people.url("/admin/transparency"));
        assertThat(browser.find("h1").getText()).isEqualTo("Who reads the public account");
    }
}
