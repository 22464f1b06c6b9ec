package org.harambee.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harambee.Browser;
import org.harambee.BrowserPeople;
import org.harambee.IntegrationTest;
import org.harambee.MovableClock;
import org.harambee.MovableClockConfiguration;
import org.harambee.identity.Invitations;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.Organization;
import org.harambee.membership.OrganizationProfile;
import org.harambee.membership.OrganizationType;
import org.harambee.site.Installation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An election in a real browser: an election officer describes a body with two reserved seats (a grassroots group, an
 * organization of the South) and open ones, and calls the election; representatives nominate their organizations
 * and accept with a statement; a delegate ranks the candidates on a phone-width window, without a script, is told a
 * repeated rank, votes and gets the receipt; the officer counts after the close; the voter finds the receipt among
 * those published, and a visitor reads every stage of the count. Every page is audited for accessibility.
 */
@IntegrationTest
@Import(MovableClockConfiguration.class)
class GovernanceBrowserTests {

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
    MovableClock clock;
    @Autowired
    Installation installation;
    private BrowserPeople people;
    private String mark;

    @BeforeEach
    void people() {
        clock.reset();
        people = new BrowserPeople(browser, port, invitations, fixtures, passwords, jdbc);
    }

    @AfterEach
    void realTime() {
        clock.reset();
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    private Organization organization(String name, boolean grassroots, String state) {
        return fixtures.register(new OrganizationProfile(name, "We organize for housing and dignity.",
                grassroots ? OrganizationType.GRASSROOTS : OrganizationType.ADVOCACY, 2001, null, null, "Somewhere",
                state, null, null, null, Set.of("en"), Set.of(fixtures.issueArea()), Set.of(25), null, grassroots,
                grassroots, true, Set.of(), Set.of(), false));
    }

    private String at(long hours) {
        return LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(hours)), installation.timeZone())
                .truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private void set(String css, String value) {
        WebElement field = browser.find(css);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", field, value);
    }

    @Test
    void reservedSeatsAreElectedFromNominationToTheStagesOfTheCount() {
        String mark = MembershipFixtures.unique("Assembly");
        Map<String, Organization> orgs = new LinkedHashMap<>();
        orgs.put("Roots", organization("Roots " + mark, true, "IL"));
        orgs.put("Bayou", organization("Bayou " + mark, false, "LA"));
        orgs.put("Lakes", organization("Lakes " + mark, false, "MN"));
        orgs.put("Plains", organization("Plains " + mark, false, "KS"));
        Map<String, String> reps = new LinkedHashMap<>();
        orgs.forEach((name, org) -> reps.put(name, people.representative(org)));
        String officer = people.account(Role.ELECTION_OFFICER, "Officer");

        people.signIn(officer);
        browser.open(people.url("/bodies/new"));
        browser.fill("#nameEn", "Council " + mark);
        browser.fill("#termYears", "2");
        browser.clickAndWait("main form button[type=submit]");
        browser.waitForText("The governing body is saved.");
        String bodyUrl = browser.driver().getCurrentUrl();
        for (String[] seats : new String[][] {{"Grassroots seat", "1", "grassroots"}, {"Seat for the South", "1", "LA"},
            {"Open seats", "1", null}}) {
            browser.open(bodyUrl);
            browser.find("#seat-classes details summary").click();
            browser.fill("#seat-classes #nameEn", seats[0]);
            browser.fill("#seat-classes #seats", seats[1]);
            if ("grassroots".equals(seats[2])) {
                browser.check("#seat-classes input[name=grassroots]");
            } else if (seats[2] != null) {
                browser.check("#seat-classes input[name=states][value=" + seats[2] + "]");
                browser.check("#seat-classes input[name=states][value=GA]");
            }
            browser.clickAndWait("form[action$='/classes'] button[type=submit]");
            browser.waitForText("The seats are added.");
        }
        assertThat(browser.text()).contains("grassroots organization", "based in GA, LA");

        browser.open(people.url("/elections/new"));
        browser.fill("#titleEn", "Council election " + mark);
        new Select(browser.find("#body")).selectByVisibleText("Council " + mark);
        WebElement council = browser.driver().findElement(
                By.xpath("//fieldset[legend[normalize-space()='Seats of Council " + mark + "']]"));
        for (WebElement seats : council.findElements(By.cssSelector("input[name^=seats]"))) {
            seats.sendKeys("1");
        }
        browser.fill("#seconders", "0");
        set("#termStarts", LocalDate.ofInstant(clock.instant(), installation.timeZone()).plusMonths(1).toString());
        set("#nominationsOpen", at(-1));
        set("#nominationsClose", at(24));
        set("#votingOpens", at(25));
        set("#votingCloses", at(49));
        set("#recordDate", LocalDate.ofInstant(clock.instant(), installation.timeZone()).toString());
        browser.check("#organizationsVote");
        browser.clickAndWait("main form button[type=submit]");
        browser.waitForText("The election is saved.");
        String election = browser.driver().getCurrentUrl();
        assertThat(browser.text()).contains("Seats to fill: 3", "Nominations open");
        this.mark = mark;

        for (Map.Entry<String, String> rep : reps.entrySet()) {
            people.signIn(rep.getValue());
            browser.open(election + "/nominate");
            new Select(browser.find("#candidate")).selectByVisibleText(orgs.get(rep.getKey()).name());
            browser.fill("#candidateName", rep.getKey() + " Delegate " + mark);
            browser.clickAndWait("main form button[type=submit]");
            browser.waitForText("The nomination is made");
            browser.fill("#statementEn", rep.getKey() + " will bring members' voices to the council.");
            browser.clickAndWait("form[action$='/accept'] button[type=submit]");
            browser.waitForText("You stand in the election.");
        }
        browser.open(election);
        assertThat(browser.text()).contains("Roots Delegate", "Bayou Delegate", "Eligible for:");

        clock.advance(Duration.ofHours(26));
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        people.signIn(reps.get("Lakes"));
        browser.open(election + "/ballot");
        List<String> order = List.of("Plains", "Lakes", "Roots", "Bayou");
        for (int rank = 0; rank < order.size(); rank++) {
            browser.fill(rankOf(order.get(rank)), rank == 1 ? "1" : String.valueOf(rank + 1));
        }
        browser.clickAndWait("form.ballot button[type=submit]");
        assertThat(browser.text()).contains("Rank 1 is given to more than one candidate.");
        browser.fill(rankOf("Lakes"), "2");
        browser.clickAndWait("form.ballot button[type=submit]");
        browser.waitForText("Your receipt code:");
        String receipt = browser.find(".receipt-code").getText().strip();
        assertThat(receipt).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        browser.open(election + "/receipt");
        assertThat(browser.text()).doesNotContain(receipt);
        for (String voter : List.of("Roots", "Bayou", "Plains")) {
            people.signIn(reps.get(voter));
            browser.open(election + "/ballot");
            browser.fill(rankOf(voter), "1");
            browser.fill(rankOf("Bayou".equals(voter) ? "Roots" : "Bayou"), "2");
            browser.clickAndWait("form.ballot button[type=submit]");
            browser.waitForText("Your receipt code:");
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 900));

        clock.advance(Duration.ofHours(24));
        people.signIn(officer);
        browser.open(election);
        browser.clickAndWait("form[action$='/count'] button[type=submit]");
        browser.waitForText("The votes are counted.");
        assertThat(browser.text()).contains("Grassroots seat", "Seat for the South", "Stage 1", "Roots Delegate",
                "Bayou Delegate");

        people.signIn(reps.get("Lakes"));
        browser.open(election + "/receipts");
        browser.fill("#receipt-code", receipt.toLowerCase());
        browser.clickAndWait("form[action$='/receipts'] button[type=submit]");
        browser.waitForText("This receipt code is among the ballots cast.");

        browser.driver().manage().deleteAllCookies();
        browser.open(election + "/result");
        assertThat(browser.text()).contains("Stage 1", "Non-transferable", "quota");
        browser.open(bodyUrl);
        assertThat(browser.text()).contains("Roots Delegate", "Bayou Delegate");
    }

    private String rankOf(String name) {
        Long nomination = jdbc.queryForObject("select id from nomination where candidate_name = ?", Long.class,
                name + " Delegate " + mark);
        return "#ranks-" + nomination + "-";
    }
}
