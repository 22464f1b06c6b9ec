package org.harambee.directory.linkages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import org.harambee.Browser;
import org.harambee.IntegrationTest;
import org.harambee.membership.Capacity;
import org.harambee.membership.MembershipStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In a real browser on a phone-sized window: a representative signs in, goes from the dashboard to their
 * organization's partner suggestions, and reads why each partner is suggested; then the exchange and the network.
 */
@IntegrationTest
class LinkagesBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    LinkagesFixtures fixtures;
    @Autowired
    PasswordEncoder passwords;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aMemberFindsPartnersAndReadsTheReasons() throws IOException {
        String seedName = LinkagesFixtures.unique("Browser Tenants Union");
        String partnerName = LinkagesFixtures.unique("Browser Workers Center");
        String seed = fixtures.organization(seedName, MembershipStatus.ACTIVE, false, false,
                Set.of(fixtures.area("housing")), Set.of(22, 25), "OR", Set.of(), Set.of(Capacity.DATA_ANALYSIS));
        fixtures.organization(partnerName, MembershipStatus.ACTIVE, true, true, Set.of(fixtures.area("labor")),
                Set.of(22, 25), "WA", Set.of(Capacity.DATA_ANALYSIS), Set.of());
        String email = fixtures.representativeOf(seed).email();
        String password = "partners across issues " + seed.hashCode();
        fixtures.jdbc().update("update account set password_hash = ? where email = ?", passwords.encode(password), email);

        browser.driver().manage().window().setSize(new Dimension(390, 1600));
        browser.signIn(url("/login"), email, password);
        browser.waitForText("Find partners for " + seedName);
        browser.clickAndWait(browser.driver().findElement(By.linkText("Find partners for " + seedName)));
        browser.waitForText("Partners for " + seedName);
        String text = browser.text();
        assertThat(text).contains(partnerName,
                "Works on the same 2 rights from another issue area: Social security (22), "
                        + "Adequate standard of living including food housing and health care (25)",
                "Offers something this organization needs: Data analysis", "In a neighbouring state: Washington");
        assertNoSidewaysScrolling();
        screenshot("partners");

        browser.open(url("/directory/exchange"));
        browser.waitForText("What " + seedName + " needs, and who offers it");
        assertNoSidewaysScrolling();
        screenshot("exchange");

        browser.open(url("/directory/network"));
        browser.waitForText("Nearest neighbours");
        assertNoSidewaysScrolling();
        screenshot("network");

        browser.open(url("/organizations/" + fixtures.jdbc().queryForObject(
                "select slug from organization where name = ?", String.class, partnerName)));
        browser.waitForText("Share this page");
        assertNoSidewaysScrolling();
        screenshot("profile");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    private void assertNoSidewaysScrolling() {
        Object wider = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(wider).as("the page fits 390 pixels without scrolling sideways").isEqualTo(false);
    }

    private void screenshot(String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Path shot = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, folder.resolve("linkages-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
