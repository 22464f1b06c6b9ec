package org.harambee.workinggroups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In a real browser: a convener creates a caucus, an organization joins through its representative, a thread is
 * discussed, a statement is drafted and opened, two representatives sign, one withdraws, the statement closes, and a
 * visitor sees the final signatory list on its public page.
 */
@IntegrationTest
class WorkingGroupsBrowserTests {

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
    @Value("${harambee.time-zone}")
    ZoneId zone;

    @BeforeEach
    void people() {
        people = new BrowserPeople(browser, port, invitations, fixtures, passwords, jdbc);
    }

    @Test
    void aCaucusDiscussesDraftsAndClosesAStatementThatAVisitorReadsWithItsSignatories() {
        String caucus = MembershipFixtures.unique("Tenants caucus");
        Organization tenants = fixtures.organization(MembershipFixtures.unique("Tenants Union"), MembershipStatus.ACTIVE, true);
        Organization clinic = fixtures.organization(MembershipFixtures.unique("Legal Clinic"), MembershipStatus.ACTIVE, true);
        String convener = people.account(Role.MEMBER, "Convener");
        String tenantsRepresentative = people.representative(tenants);
        String clinicRepresentative = people.representative(clinic);

        people.signIn(convener);
        browser.open(people.url("/groups/new"));
        browser.fill("#name", caucus);
        browser.fill("#purpose", "Tenants' organizations defending the right to housing.");
        new Select(browser.find("#kind")).selectByValue("CAUCUS");
        new Select(browser.find("#visibility")).selectByValue("PUBLIC");
        new Select(browser.find("#joining")).selectByValue("OPEN");
        browser.clickAndWait("form[action='/groups'] button[type=submit]");
        browser.waitForText("Your group was created. You are its convener.");
        String group = browser.driver().getCurrentUrl().replaceAll("^.*?/groups/", "/groups/");

        people.signIn(tenantsRepresentative);
        browser.open(people.url(group));
        new Select(browser.find("#organization")).selectByVisibleText(tenants.name());
        browser.clickAndWait("form[action='" + group + "/join'] select + button");
        browser.waitForText("You take part in the group now.");

        people.signIn(convener);
        browser.open(people.url(group + "/discussions/new"));
        browser.fill("#title", "Eviction moratorium letter");
        browser.fill("#body", "Shall we write to the **mayor**? <script>alert(1)</script>");
        browser.clickAndWait("form[action='" + group + "/discussions'] button[type=submit]");
        browser.waitForText("Shall we write to the mayor?");
        assertThat(browser.find(".prose strong").getText()).isEqualTo("mayor");
        String thread = browser.driver().getCurrentUrl();

        people.signIn(tenantsRepresentative);
        browser.open(thread);
        browser.fill("#body", "Yes, we sign on and can bring ten families to the hearing.");
        browser.clickAndWait("form[action$='/posts'] button[type=submit]");
        browser.waitForText("we sign on and can bring ten families");

        people.signIn(convener);
        browser.open(people.url("/statements/new"));
        new Select(browser.find("#owner")).selectByVisibleText(caucus);
        browser.fill("#title", "Stop evictions this winter");
        browser.fill("#target", "The Mayor of Chicago");
        browser.fill("#body", "We, the undersigned organizations, urge a moratorium on evictions.");
        new Select(browser.find("#visibility")).selectByValue("PUBLIC");
        browser.clickAndWait("form[action='/statements/new'] button[type=submit]");
        browser.waitForText("The draft was saved.");
        Matcher statementId = Pattern.compile("/statements/(\\d+)").matcher(browser.driver().getCurrentUrl());
        assertThat(statementId.find()).isTrue();
        String statement = "/statements/" + statementId.group(1);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find("#deadline"), LocalDate.now(zone).plusDays(14).toString());
        browser.clickAndWait("form[action='" + statement + "/open'] button[type=submit]");
        browser.waitForText("The statement is open for signatures.");

        for (String representative : new String[] {tenantsRepresentative, clinicRepresentative}) {
            people.signIn(representative);
            browser.open(people.url(statement));
            browser.clickAndWait("form[action='" + statement + "/sign'] button[type=submit]");
            browser.waitForText("Thank you: the signature was recorded.");
        }
        browser.waitForText("2 signatures");
        browser.check("form[action='" + statement + "/withdraw'] input[name=confirm]");
        browser.clickAndWait("form[action='" + statement + "/withdraw'] button[type=submit]");
        browser.waitForText("The signature was withdrawn.");

        people.signIn(convener);
        browser.open(people.url(statement));
        browser.clickAndWait("form[action='" + statement + "/close'] button[type=submit]");
        browser.waitForText("The statement is closed: its text and its signatories are final.");

        browser.driver().manage().deleteAllCookies();
        browser.open(people.url(statement));
        browser.waitForText("Stop evictions this winter");
        browser.waitForText("1 signature");
        assertThat(browser.text()).contains(tenants.name(), "The Mayor of Chicago").doesNotContain(clinic.name())
                .doesNotContain("Sign for this organization");
    }
}
