package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Clock;
import org.harambee.Browser;
import org.harambee.IntegrationTest;
import org.harambee.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class IdentityBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SecondFactorFixtures secondFactorFixtures;
    @Autowired
    Clock clock;

    TestAccounts people;

    @BeforeEach
    void setUp() {
        people = new TestAccounts(accounts, encoder, secondFactorFixtures);
        browser.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void restoreWindow() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void aPersonWhoForgotTheirPasswordSetsANewOneFromTheEmailAndIsSignedIn() throws Exception {
        Account account = people.create(Role.MEMBER);
        browser.open(url("/login?lang=en"));
        browser.clickAndWait(browser.driver().findElement(org.openqa.selenium.By.linkText("Forgot your password?")));
        browser.fill("#email", account.email());
        browser.clickAndWait("form.card button[type=submit]");
        assertThat(browser.find("h1").getText()).isEqualTo("Check your e-mail");

        browser.open(url(TestAccounts.linkMailedTo(greenMail, account.email(), "/password/reset/")));
        browser.fill("#password", "password1234");
        browser.fill("#confirmation", "password1234");
        browser.clickAndWait("form.card button[type=submit]");
        assertThat(browser.text()).contains("one of the most commonly used");

        browser.fill("#password", "wild plums in november");
        browser.fill("#confirmation", "wild plums in november");
        browser.clickAndWait("form.card button[type=submit]");
        assertThat(browser.text()).contains("Your new password is set and you are signed in");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/dashboard");
    }

    @Test
    void aPersonSetsUpAnAuthenticatorAppOnTheirPhoneAndThenSignsInWithItsCode() {
        Account account = people.create(Role.MEMBER);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.signIn(url("/login?lang=en"), account.email(), TestAccounts.PASSWORD);
        browser.open(url("/account/security"));
        assertThat(browser.text()).contains("You have no authenticator app yet");
        browser.clickAndWait(browser.driver().findElement(By.linkText("Set up an authenticator app")));
        assertThat(browser.find(".qr svg").getSize().getWidth()).as("the QR code fits the phone").isBetween(120, 340);
        byte[] key = AuthenticatorApp.key(browser.find("#authenticator-key").getText().replace(" ", ""));
        long step = Totp.stepAt(clock.instant());
        browser.fill("#code", Totp.code(key, step));
        browser.fill("#password", TestAccounts.PASSWORD);
        browser.clickAndWait("form.card button[type=submit]");
        assertThat(browser.driver().findElements(By.cssSelector("ul.recovery-codes li"))).hasSize(10);
        browser.clickAndWait(browser.driver().findElement(By.linkText("I have kept them")));
        assertThat(browser.text()).contains("Your authenticator app is set up, since");

        browser.driver().manage().deleteAllCookies();
        browser.signIn(url("/login?lang=en"), account.email(), TestAccounts.PASSWORD);
        assertThat(browser.find("h1").getText()).isEqualTo("Sign in: your code");
        browser.fill("#code", Totp.code(key, step + 1));
        browser.clickAndWait("form.card button[type=submit]");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/dashboard");
    }

    @Test
    void aPersonAddsAPasskeySignsInWithItAloneOrAfterTheirPasswordAndRemovesIt() {
        Account account = people.create(Role.MEMBER);
        VirtualAuthenticator device = ((HasVirtualAuthenticator) browser.driver()).addVirtualAuthenticator(
                new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL).setHasResidentKey(true)
                        .setHasUserVerification(true).setIsUserVerified(true));
        try {
            browser.signIn(url("/login?lang=en"), account.email(), TestAccounts.PASSWORD);
            browser.open(url("/account/security"));
            assertThat(browser.text()).contains("You have no passkey yet");
            browser.fill("#label", "Work laptop");
            browser.fill("#passkeyPassword", TestAccounts.PASSWORD);
            browser.clickAndWait("form[data-passkey=make] button[type=submit]");
            assertThat(browser.driver().findElements(By.cssSelector("ul.recovery-codes li"))).hasSize(10);
            browser.clickAndWait(browser.driver().findElement(By.linkText("I have kept them")));
            assertThat(browser.find("ul.passkeys").getText()).contains("Work laptop");
            assertThat(device.getCredentials()).hasSize(1);

            browser.driver().manage().deleteAllCookies();
            browser.open(url("/login?lang=en"));
            browser.clickAndWait("form[data-passkey=show] button[type=submit]");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/dashboard");

            browser.driver().manage().deleteAllCookies();
            browser.signIn(url("/login?lang=en"), account.email(), TestAccounts.PASSWORD);
            assertThat(browser.find("h1").getText()).isEqualTo("Sign in: your code");
            browser.clickAndWait("form[data-passkey=show] button[type=submit]");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/dashboard");

            browser.open(url("/account/security"));
            browser.find("ul.passkeys summary").click();
            browser.fill("ul.passkeys input[type=password]", TestAccounts.PASSWORD);
            browser.clickAndWait("ul.passkeys button[type=submit]");
            assertThat(browser.text()).contains("The passkey is removed", "You have no passkey yet");

            browser.driver().manage().deleteAllCookies();
            browser.open(url("/login?lang=en"));
            browser.clickAndWait("form[data-passkey=show] button[type=submit]");
            assertThat(browser.text()).as("the passkey left on the device no longer signs in")
                    .contains("That passkey did not sign you in");
        } finally {
            ((HasVirtualAuthenticator) browser.driver()).removeVirtualAuthenticator(device);
        }
    }

    @Test
    void theAuditLogStaysReadableOnANarrowPhone() {
        Account staff = people.create(Role.STAFF);
        browser.signIn(url("/login?lang=en"), staff.email(), TestAccounts.PASSWORD);
        assertThat(browser.find("h1").getText()).as("a staff role requires a second step")
                .isEqualTo("Sign in: your code");
        browser.fill("#code", secondFactorFixtures.code(staff.email()));
        browser.clickAndWait("form.card button[type=submit]");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/dashboard");

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open(url("/staff/audit"));
        assertThat(browser.find("h1").getText()).isEqualTo("Audit log");
        assertThat(browser.find(".table-wrap table")).isNotNull();
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        long pageWidth = (Long) page.executeScript("return document.documentElement.scrollWidth");
        long viewport = (Long) page.executeScript("return document.documentElement.clientWidth");
        assertThat(pageWidth).as("the page itself never scrolls sideways; only the table does").isLessThanOrEqualTo(viewport);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
