package org.harambee.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.harambee.Browser;
import org.harambee.BrowserPeople;
import org.harambee.IntegrationTest;
import org.harambee.identity.Invitations;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A training in a real browser: staff create it with two seats; three members register on phone-width windows (one
 * tells an interpretation need) and the third waits; one cancels, and the third is offered the seat and takes it; the
 * organizer reads the needs and checks people in at the door from a phone. Every page is audited for accessibility.
 */
@IntegrationTest
class EventsBrowserTests {

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
    private BrowserPeople people;

    @BeforeEach
    void people() {
        people = new BrowserPeople(browser, port, invitations, fixtures, passwords, jdbc);
    }

    @AfterEach
    void wide() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    private void set(String css, String value) {
        WebElement field = browser.find(css);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", field, value);
    }

    private static String inChicago(long hours) {
        return LocalDateTime.now(ZoneId.of("America/Chicago")).plusHours(hours).truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    @Test
    void aWaitingMemberIsOfferedAFreedSeatTakesItAndIsCheckedIn() {
        String mark = MembershipFixtures.unique("Training");
        String organizer = people.account(Role.STAFF, "Organizer");
        List<String> members = List.of(people.account(Role.MEMBER, "Ana " + mark),
                people.account(Role.MEMBER, "Ben " + mark), people.account(Role.MEMBER, "Cruz " + mark));

        people.signIn(organizer);
        browser.open(people.url("/events/new"));
        browser.fill("#titleEn", "UPR training " + mark);
        new Select(browser.find("#timeZone")).selectByValue("America/Chicago");
        set("#startsAt", inChicago(240));
        set("#endsAt", inChicago(246));
        browser.fill("#place", "Community hall, Chicago");
        browser.fill("#onlineLink", "https://meet.example.org/upr-" + mark.replace(' ', '-'));
        browser.fill("#capacity", "2");
        set("#registrationOpens", inChicago(-1));
        set("#registrationCloses", inChicago(200));
        browser.clickAndWait("main form button[type=submit]");
        browser.waitForText("The event is saved.");
        String event = browser.driver().getCurrentUrl();
        assertThat(browser.text()).contains("2 of 2 left", "(America/Chicago)");

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        for (int n = 0; n < 3; n++) {
            people.signIn(members.get(n));
            browser.open(event);
            if (n == 0) {
                browser.fill("#interpretation", "American Sign Language");
            }
            browser.clickAndWait("form[action$='/registration'] button[type=submit]");
            browser.waitForText(n < 2 ? "You are registered: your seat is confirmed."
                    : "The event is full: you are on the waiting list.");
        }
        assertThat(browser.text()).contains("You are number 1 on the waiting list").doesNotContain("meet.example.org");

        people.signIn(members.get(1));
        browser.open(event);
        assertThat(browser.text()).contains("meet.example.org");
        browser.clickAndWait("form[action$='/registration/cancel'] button[type=submit]");
        browser.waitForText("Your registration is cancelled.");

        people.signIn(members.get(2));
        browser.open(event);
        assertThat(browser.text()).contains("A seat was freed and is offered to you until");
        browser.clickAndWait("form[action$='/take'] button[type=submit]");
        browser.waitForText("The seat is yours.");
        assertThat(browser.text()).contains("You have a seat.", "meet.example.org");

        people.signIn(organizer);
        browser.open(event + "/registrations");
        assertThat(browser.text()).contains("Interpretation into American Sign Language: 1");
        browser.clickAndWait(browser.driver().findElement(By.xpath("//li[h3[normalize-space()='Cruz " + mark
                + "']]//button")));
        browser.waitForText("Checked in.");
        assertThat(browser.driver().findElement(By.xpath("//li[h3[normalize-space()='Cruz " + mark + "']]"))
                .getText()).contains("Checked in");
    }
}
