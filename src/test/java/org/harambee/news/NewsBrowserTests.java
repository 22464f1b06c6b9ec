package org.harambee.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.harambee.Browser;
import org.harambee.BrowserPeople;
import org.harambee.IntegrationTest;
import org.harambee.identity.Invitations;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.Organization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In a real browser: a member organization's representative submits its story naming its own page, staff publish
 * it from the review queue and write an action alert; a visitor finds the alert at the top of the news, follows its
 * call to action, and finds the story on the organization's page.
 */
@IntegrationTest
class NewsBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    Invitations invitations;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MembershipFixtures members;

    @Test
    void aStoryIsSubmittedPublishedAndShownOnItsOrganizationsPageAndAnAlertLeadsToItsAction() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        Organization organization = members.organization("Browser tenants " + mark, MembershipStatus.ACTIVE, true);
        String representative = people().representative(organization);
        String story = "Our building organized " + mark;

        people().signIn(representative);
        browser.open(url("/news/new"));
        new Select(browser.find("#kind")).selectByValue("STORY");
        browser.fill("#titleEn", story);
        browser.fill("#bodyEn", "Every tenant signed. **Together** we won repairs.");
        browser.fill("#related", "/organizations/" + organization.slug());
        browser.clickAndWait("form[action='/news'] button[type=submit]");
        browser.waitForText("Staff will review it before it is published");
        String storyAddress = browser.driver().getCurrentUrl();
        String storyId = storyAddress.substring(storyAddress.lastIndexOf('/') + 1);

        browser.driver().manage().deleteAllCookies();
        people().signIn(people().account(Role.STAFF, "News staff"));
        browser.open(url("/staff/news"));
        browser.waitForText(story);
        browser.clickAndWait("form[action='/staff/news/" + storyId + "/publish'] button");
        browser.waitForText("Published.");

        String alert = "Testify at the hearing " + mark;
        browser.open(url("/news/new"));
        new Select(browser.find("#kind")).selectByValue("ALERT");
        browser.fill("#titleEn", alert);
        browser.fill("#bodyEn", "The council hears residents on the right to housing.");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find("#actionDeadline"), LocalDate.now().plusDays(5).toString());
        browser.fill("#actionText", "Read the statement");
        browser.fill("#actionLink", "/statements");
        browser.clickAndWait("form[action='/news'] button[type=submit]");
        browser.waitForText("Take action");

        browser.driver().manage().deleteAllCookies();
        browser.open(url("/news"));
        browser.waitForText("Action alerts open now");
        browser.clickAndWait(browser.driver().findElement(By.linkText(alert)));
        browser.clickAndWait(browser.driver().findElement(By.linkText("Read the statement")));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/statements");

        browser.open(url("/organizations/" + organization.slug()));
        browser.waitForText("In the news");
        browser.clickAndWait(browser.driver().findElement(By.linkText(story)));
        assertThat(browser.text()).contains("Together we won repairs.").contains("Browser tenants " + mark);
    }

    private BrowserPeople people() {
        return new BrowserPeople(browser, port, invitations, members, passwords, jdbc);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
