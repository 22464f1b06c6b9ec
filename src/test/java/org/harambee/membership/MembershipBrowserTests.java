package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.harambee.Browser;
import org.harambee.IntegrationTest;
import org.harambee.identity.Invitations;
import org.harambee.identity.Role;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In a real browser, without JavaScript help: a visitor applies, staff approve, the new representative edits
 * the organization's profile and logo and sees the change on its page. (Setting up the account from the invitation
 * e-mail belongs to identity; here the accounts get their passwords directly.)
 */
@IntegrationTest
class MembershipBrowserTests {

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
    Taxonomy taxonomy;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    String accountWithPassword(String email, Role role) {
        String password = "correct horse battery " + email.hashCode();
        invitations.invite(email, "Browser " + role, role, Locale.ENGLISH);
        jdbc.update("update account set password_hash = ? where email = ?", passwords.encode(password), email);
        return password;
    }

    void signIn(String email, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.open(url("/login?lang=en"));
        browser.fill("#username", email);
        browser.fill("#password", password);
        browser.find("form.card button[type=submit]").click();
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
    void aVisitorAppliesStaffApproveAndTheRepresentativeEditsTheProfile() {
        String name = MembershipFixtures.unique("Browser Justice Project");
        String contact = MembershipFixtures.uniqueEmail("browser-contact");
        IssueArea area = taxonomy.activeIssueAreas().get(0);

        browser.driver().manage().deleteAllCookies();
        browser.open(url("/apply/organization?lang=en"));
        browser.fill("#name", name);
        browser.fill("#mission", "We <b>defend</b> the right to education.");
        new Select(browser.find("#type")).selectByValue("ADVOCACY");
        browser.fill("#city", "Atlanta");
        new Select(browser.find("#state")).selectByValue("GA");
        browser.find("input[name=issueAreas][value='" + area.id() + "']").click();
        browser.fill("#people-0--name", "Ella Baker");
        browser.fill("#people-0--email", contact);
        browser.find("form.stacked button[type=submit]").click();
        assertThat(browser.find("h1").getText()).isEqualTo("Thank you for applying");

        String staff = MembershipFixtures.uniqueEmail("browser-staff");
        signIn(staff, accountWithPassword(staff, Role.STAFF));
        browser.open(url("/staff/applications"));
        browser.driver().findElement(By.linkText(name)).click();
        assertThat(browser.text()).contains("We <b>defend</b> the right to education.");
        browser.find("form[action$='/approve'] button[type=submit]").click();
        assertThat(browser.text()).contains("The application was approved and an invitation was sent.");

        jdbc.update("update account set password_hash = ? where email = ?", passwords.encode("ella baker 1903 sncc"),
                contact);
        signIn(contact, "ella baker 1903 sncc");
        browser.open(url("/dashboard"));
        browser.driver().findElement(By.partialLinkText("Edit " + name)).click();
        browser.find("#logo").sendKeys(logoFile().toString());
        browser.find("form[enctype='multipart/form-data'] button[type=submit]").click();
        assertThat(browser.text()).contains("The logo was saved.");
        browser.fill("#mission", "We organize students and parents for the right to education.");
        browser.find("#listedPublicly").click();
        browser.find("form.stacked button[type=submit]").click();
        assertThat(browser.text()).contains("The profile was saved.")
                .contains("We organize students and parents for the right to education.");

        browser.driver().manage().deleteAllCookies();
        browser.open(browser.driver().getCurrentUrl());
        assertThat(browser.find("h1").getText()).isEqualTo(name);
        assertThat(browser.text()).contains("We organize students and parents").doesNotContain(contact);
        assertThat(browser.find("img.logo").getAttribute("naturalWidth")).isEqualTo("16");
    }
}
