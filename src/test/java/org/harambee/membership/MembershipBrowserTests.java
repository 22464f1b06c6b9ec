package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.harambee.Browser;
import org.harambee.BrowserPeople;
import org.harambee.IntegrationTest;
import org.harambee.TestSmtp;
import org.harambee.identity.Invitations;
import org.harambee.identity.Role;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In a real browser, without JavaScript help, the whole way: a visitor applies, staff sign in and approve, the
 * contact opens the invitation e-mailed to them, chooses a password and is signed in, edits the organization's
 * profile and logo, and a visitor sees the change on the organization's page.
 */
@IntegrationTest
class MembershipBrowserTests {

    private static final Pattern INVITATION_LINK = Pattern.compile("https?://\\S+?(/invitation/[A-Za-z0-9_-]+)");

    @RegisterExtension
    static Browser browser = new Browser();
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @LocalServerPort
    int port;
    @Autowired
    Invitations invitations;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    Taxonomy taxonomy;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Staff who sign in through the page (with the second step their role requires). */
    BrowserPeople people() {
        return new BrowserPeople(browser, port, invitations, fixtures, passwords, jdbc);
    }

    void signOut() {
        browser.clickAndWait("header form[action='/logout'] button[type=submit]");
        browser.waitForText("Sign in");
    }

    /** Pages through the staff's queue of waiting applications to the one with this name, and opens it. */
    void openApplication(String name) {
        browser.open(url("/staff/applications"));
        browser.waitForText("Applications");
        while (!browser.text().contains(name)) {
            assertThat(browser.driver().findElements(By.linkText("Next page")))
                    .as("the application %s is waiting in the staff's queue", name).isNotEmpty();
            browser.clickAndWait(browser.driver().findElement(By.linkText("Next page")));
        }
        browser.clickAndWait(browser.driver().findElement(By.linkText(name)));
    }

    /** The path of the invitation link in an e-mail GreenMail received for this address (waits up to 10 s). */
    static String invitationPathMailedTo(String recipient) {
        return new FluentWait<>(greenMail).withTimeout(Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(100))
                .withMessage(() -> "no e-mail with an invitation link reached " + recipient)
                .until(mail -> mail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(recipient), m -> true)
                        .map(MembershipBrowserTests::invitationPath).flatMap(Optional::stream).findFirst()
                        .orElse(null));
    }

    private static Optional<String> invitationPath(MimeMessage message) {
        try {
            Matcher link = INVITATION_LINK.matcher(message.getContent().toString());
            return link.find() ? Optional.of(link.group(1)) : Optional.empty();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Could not read an e-mail GreenMail received", e);
        }
    }

    static Path logoFile() {
        try {
            Path file = Files.createTempFile("logo", ".png");
            ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aVisitorAppliesStaffApproveAndTheContactSetsUpTheAccountFromTheEmailAndEditsTheProfile() {
        String name = MembershipFixtures.unique("Browser Justice Project");
        String contact = MembershipFixtures.uniqueEmail("browser-contact");
        String staff = people().account(Role.STAFF, "Browser staff");
        IssueArea area = taxonomy.activeIssueAreas().get(0);

        // A visitor applies, choosing to be listed publicly.
        browser.driver().manage().deleteAllCookies();
        // The application comes in five steps; the second one is left, and finished later from its saved link.
        browser.open(url("/apply/organization?lang=en"));
        browser.waitForText("Step 1 of 5");
        browser.fill("#name", name);
        browser.fill("#mission", "We <b>defend</b> the right to education.");
        new Select(browser.find("#type")).selectByValue("ADVOCACY");
        browser.clickAndWait("form.stacked button[type=submit]");
        browser.waitForText("Step 2 of 5");
        String comeBack = browser.find("#come-back").getDomProperty("value");
        browser.open(url("/"));
        browser.open(url(comeBack.replaceFirst("^https?://[^/]+", "")));
        browser.fill("#city", "Atlanta");
        new Select(browser.find("#state")).selectByValue("GA");
        browser.clickAndWait("form.stacked button[type=submit]");
        browser.waitForText("Step 3 of 5");
        browser.find("input[name=issueAreas][value='" + area.id() + "']").click();
        browser.clickAndWait("form.stacked button[type=submit]");
        browser.waitForText("Step 4 of 5");
        browser.check("#listedPublicly");
        browser.clickAndWait("form.stacked button[type=submit]");
        browser.waitForText("Step 5 of 5");
        browser.fill("#people-0--name", "Ella Baker");
        browser.fill("#people-0--email", contact);
        browser.clickAndWait("form.stacked button[type=submit]");
        browser.waitForText("Thank you for applying");

        // Staff sign in, find the application in their queue, approve it, and sign out.
        people().signIn(staff);
        browser.waitForText("Sign out");
        openApplication(name);
        assertThat(browser.text()).contains("We <b>defend</b> the right to education.");
        browser.clickAndWait("form[action$='/approve'] button[type=submit]");
        browser.waitForText("The application was approved and an invitation was sent.");
        signOut();

        // The contact opens the invitation from the e-mail, chooses a password and is signed in.
        browser.open(url(invitationPathMailedTo(contact)));
        browser.waitForText("Set up your account");
        assertThat(browser.find("#username").getDomProperty("value")).isEqualTo(contact);
        browser.fill("#password", "ella baker 1903 sncc");
        browser.fill("#confirmation", "ella baker 1903 sncc");
        browser.clickAndWait("form.card button[type=submit]");
        browser.waitForText("Your password is set and you are signed in. Welcome!");
        assertThat(browser.text()).contains("Sign out");

        // From the dashboard, the new representative edits the profile: first the logo, then the mission.
        browser.clickAndWait(browser.driver().findElement(By.partialLinkText("Edit " + name)));
        Matcher edit = Pattern.compile("/organizations/([^/?#]+)/edit").matcher(browser.driver().getCurrentUrl());
        assertThat(edit.find()).as("the edit page of the organization, at %s", browser.driver().getCurrentUrl())
                .isTrue();
        String slug = edit.group(1);
        browser.find("#logo").sendKeys(logoFile().toString());
        browser.clickAndWait("form[enctype='multipart/form-data'] button[type=submit]");
        browser.waitForText("The logo was saved.");
        browser.fill("#mission", "We organize students and parents for the right to education.");
        browser.clickAndWait("form.stacked button[type=submit]");
        browser.waitForText("The profile was saved.");
        assertThat(browser.text()).contains("We organize students and parents for the right to education.");
        signOut();

        // A visitor sees the change on the organization's public page.
        browser.open(url("/organizations/" + slug));
        assertThat(browser.find("h1").getText()).isEqualTo(name);
        assertThat(browser.text()).contains("We organize students and parents for the right to education.")
                .doesNotContain("We <b>defend</b>").doesNotContain(contact).contains("Sign in");
        WebElement logo = browser.find("img.logo");
        browser.await().until(d -> "16".equals(logo.getDomProperty("naturalWidth")));
    }
}
