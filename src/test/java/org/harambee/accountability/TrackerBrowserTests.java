package org.harambee.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.harambee.search.SearchIndexes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In a real browser: staff import the real file of UPR recommendations and follow its progress; a member
 * organization's representative adopts three recommendations to the United States on migrants and records an
 * assessment with evidence; a visitor sees the aggregated status on the public pages.
 */
@IntegrationTest
class TrackerBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    Invitations invitations;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UprImporter importer;
    @Autowired
    SearchIndexes index;

    @Test
    void staffImportAMemberFollowsUpThreeRecommendationsOnMigrantsAndAVisitorSeesWhereTheyStand(@TempDir Path folder) {
        people().signIn(people().account(Role.STAFF, "Tracker staff"));
        browser.open(url("/staff/un/import"));
        browser.find("#file").sendKeys(UprFiles.written(folder).toAbsolutePath().toString());
        browser.clickAndWait("form[action='/staff/un/import'] button[type=submit]");
        assertThat(browser.driver().getCurrentUrl()).contains("/staff/un/import/");
        assertThat(browser.driver().findElements(By.cssSelector("#progress progress"))).isNotEmpty();
        browser.waitForText("The file was imported", Duration.ofSeconds(120));
        Matcher summary = Pattern.compile("([\\d,]+) new, ([\\d,]+) updated, ([\\d,]+) unchanged\\.")
                .matcher(browser.text());
        assertThat(summary.find()).isTrue();
        assertThat(number(summary.group(1)) + number(summary.group(2)) + number(summary.group(3)))
                .isEqualTo(UprFiles.ROWS);
        UprFiles.imported(importer, index, UprFiles.unitedStates());

        browser.driver().manage().deleteAllCookies();
        Organization organization = fixtures.organization(MembershipFixtures.unique("Migrant Justice Center"),
                MembershipStatus.ACTIVE, true);
        people().signIn(people().representative(organization));
        browser.open(url("/un/recommendations"));
        browser.driver().findElement(By.partialLinkText("Migrants")).click();
        browser.waitForText("UPR issue: Migrants");
        browser.await().until(d -> d.getCurrentUrl().contains("issue=Migrants"));
        assertThat(browser.text()).contains("State under review: United States");
        List<String> details = new ArrayList<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("ol.results a[href^='/un/recommendations/']"))) {
            details.add(link.getAttribute("href"));
        }
        assertThat(details).hasSizeGreaterThanOrEqualTo(3);
        for (String recommendation : details.subList(0, 3)) {
            browser.open(recommendation);
            assertThat(browser.text()).contains("Migrants").contains("to United States");
            new Select(browser.find("#adopter")).selectByVisibleText(organization.name());
            browser.clickAndWait("form.adopt button[type=submit]");
            browser.waitForText("You now follow this recommendation up.");
            assertThat(browser.find("#follow-up").getText()).contains(organization.name());
        }

        String evidence = "Detention visits in " + UUID.randomUUID().toString().substring(0, 6)
                + ": families still held without counsel.";
        browser.find("details.assess summary").click();
        new Select(browser.find("#status")).selectByValue("PARTIALLY_IMPLEMENTED");
        WebElement date = browser.find("#assessedOn");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", date,
                LocalDate.now().minusDays(10).toString());
        browser.fill("#evidence", evidence);
        browser.fill("#links", "https://example.org/detention-report");
        new Select(browser.find("#visibility")).selectByValue("PUBLIC");
        browser.clickAndWait("details.assess button[type=submit]");
        browser.waitForText("The assessment was recorded.");
        String assessed = browser.driver().getCurrentUrl().replaceAll("#.*", "");

        browser.driver().manage().deleteAllCookies();
        browser.open(assessed);
        browser.waitForText(evidence);
        assertThat(browser.find("#follow-up").getText()).contains(organization.name()).contains("Partially implemented");
        assertThat(browser.find("dl.facts").getText()).contains("Where it stands").contains("Partially implemented");

        browser.open(url("/un"));
        browser.waitForText("recommendations to the country, where they stand");
        assertThat(browser.find(".status-chart")).isNotNull();
        Matcher partially = Pattern.compile("Partially implemented:\\s*(\\d+)").matcher(browser.text());
        assertThat(partially.find()).isTrue();
        assertThat(Integer.parseInt(partially.group(1))).isPositive();
        browser.find("#by-area-heading + .chart + details summary").click();
        WebElement immigration = browser.driver().findElement(By.xpath(
                "//section[h2[@id='by-area-heading']]//tr[th[contains(., 'Immigration')]]"));
        List<WebElement> cells = immigration.findElements(By.tagName("td"));
        assertThat(Integer.parseInt(cells.get(TrackStatus.PARTIALLY_IMPLEMENTED.ordinal()).getText())).isPositive();
    }

    private static int number(String digits) {
        return Integer.parseInt(digits.replace(",", ""));
    }

    private BrowserPeople people() {
        return new BrowserPeople(browser, port, invitations, fixtures, passwords, jdbc);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
