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
 * Governance in a real browser. An election: an election officer describes a body with two reserved seats (a grassroots group, an
 * organization of the South) and open ones, and calls the election; representatives nominate their organizations
 * and accept with a statement; a delegate ranks the candidates on a phone-width window, without a script, is told a
 * repeated rank, votes and gets the receipt; the officer counts after the close; the voter finds the receipt among
 * those published, and a visitor reads every stage of the count. A general assembly: an officer calls it; at phone
 * width, a representative submits a resolution, another seconds it, a third gives its proxy; the officer opens the
 * session and checks a delegate in at the desk, a delegate checks in online and the quorum is there, the officer
 * opens the vote, delegates vote for their member and by proxy, the officer closes the vote, the session and
 * publishes the minutes, which members read and visitors do not. Every page is audited for accessibility.
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

    @Test
    void aGeneralAssemblyDecidesAResolutionWithAProxyAndPublishesItsMinutes() {
        String mark = MembershipFixtures.unique("Assembly");
        Map<String, Organization> orgs = new LinkedHashMap<>();
        orgs.put("Roots", organization("Roots " + mark, true, "IL"));
        orgs.put("Bayou", organization("Bayou " + mark, false, "LA"));
        orgs.put("Lakes", organization("Lakes " + mark, false, "MN"));
        Map<String, String> reps = new LinkedHashMap<>();
        orgs.forEach((name, org) -> reps.put(name, people.representative(org)));
        String officer = people.account(Role.ELECTION_OFFICER, "Officer");
        LocalDate today = LocalDate.ofInstant(clock.instant(), installation.timeZone());

        people.signIn(officer);
        browser.open(people.url("/assemblies/new"));
        browser.fill("#titleEn", "Assembly " + mark);
        set("#startsAt", at(48));
        browser.fill("#place", "Union hall, Chicago");
        set("#recordDate", today.toString());
        new Select(browser.find("#quorumRule")).selectByValue("NUMBER");
        browser.fill("#quorumValue", "3");
        set("#resolutionsClose", at(24));
        browser.fill("#seconders", "1");
        browser.clickAndWait("main form button[type=submit]");
        browser.waitForText("The assembly is saved.");
        String assembly = browser.driver().getCurrentUrl();

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        people.signIn(reps.get("Roots"));
        browser.open(assembly);
        browser.fill("#titleEn", "Housing first " + mark);
        browser.fill("#textEn", "The network calls on every member city to house people first.");
        browser.clickAndWait("form[action$='/resolutions'] button[type=submit]");
        browser.waitForText("The resolution is submitted.");
        String resolution = browser.driver().getCurrentUrl();
        people.signIn(reps.get("Bayou"));
        browser.open(resolution);
        browser.clickAndWait("form[action$='/second'] button[type=submit]");
        browser.waitForText("Your second is recorded.");
        people.signIn(reps.get("Lakes"));
        browser.open(assembly);
        new Select(browser.find("#holder")).selectByVisibleText("Bayou " + mark);
        browser.clickAndWait("form[action$='/proxies'] button[type=submit]");
        browser.waitForText("The proxy is recorded.");
        assertThat(browser.text()).contains("proxy held by Bayou " + mark);

        clock.advance(Duration.ofHours(25));
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        people.signIn(officer);
        browser.open(assembly);
        browser.clickAndWait("form[action$='/open'] button[type=submit]");
        browser.waitForText("The session is open.");
        browser.clickAndWait(browser.driver().findElement(By.xpath("//tr[td[normalize-space()='Roots " + mark
                + "']]//button")));
        browser.waitForText("Checked in.");
        browser.open(resolution);
        browser.clickAndWait("form[action$='/open'] button[type=submit]");
        assertThat(browser.text()).contains("There is no quorum: the vote cannot open.");

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        people.signIn(reps.get("Bayou"));
        browser.open(assembly);
        browser.clickAndWait("form[action$='/attendance'] button[type=submit]");
        browser.waitForText("Checked in.");
        assertThat(browser.text()).contains("Quorum present", "3 of the 3 members needed are represented");

        people.signIn(officer);
        browser.open(resolution);
        new Select(browser.find("#threshold")).selectByValue("TWO_THIRDS");
        browser.clickAndWait("form[action$='/open'] button[type=submit]");
        browser.waitForText("The vote is open.");

        people.signIn(reps.get("Bayou"));
        browser.open(resolution);
        assertThat(browser.text()).contains("Vote of Lakes " + mark + " (by proxy)");
        vote(orgs.get("Bayou"), "YES");
        vote(orgs.get("Lakes"), "NO");
        people.signIn(reps.get("Roots"));
        browser.open(resolution);
        vote(orgs.get("Roots"), "YES");

        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        people.signIn(officer);
        browser.open(resolution);
        browser.clickAndWait("form[action$='/close'] button[type=submit]");
        browser.waitForText("The vote is closed and decided.");
        assertThat(browser.text()).contains("Adopted.", "2 yes, 1 no, 0 abstentions; needed: two thirds");
        browser.open(assembly);
        browser.clickAndWait("form[action$='/close'] button[type=submit]");
        browser.waitForText("The session is closed.");
        browser.fill("#minutesEn", "Minutes of the assembly " + mark);
        browser.check("#publish");
        browser.clickAndWait("form[action$='/minutes'] button[type=submit]");
        browser.waitForText("The minutes are published to the members.");

        people.signIn(reps.get("Lakes"));
        browser.open(assembly);
        assertThat(browser.text()).contains("Minutes of the assembly " + mark, "Adopted",
                "2 yes, 1 no, 0 abstentions");
        browser.driver().manage().deleteAllCookies();
        browser.open(assembly);
        assertThat(browser.text()).doesNotContain("Minutes of the assembly " + mark);
    }

    private void vote(Organization member, String answer) {
        String form = "form[action$='/vote']:has(input[name=member][value='" + member.id() + "'])";
        browser.find(form + " input[value=" + answer + "]").click();
        browser.clickAndWait(form + " button[type=submit]");
        browser.waitForText("The vote is counted.");
    }

    private String rankOf(String name) {
        Long nomination = jdbc.queryForObject("select id from nomination where candidate_name = ?", Long.class,
                name + " Delegate " + mark);
        return "#ranks-" + nomination + "-";
    }
}
