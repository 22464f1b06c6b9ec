package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.harambee.Browser;
import org.harambee.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SiteBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aVisitorSwitchesToSpanishAndTheChoiceIsRemembered() {
        browser.open("http://localhost:" + port + "/");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        browser.clickAndWait(browser.driver().findElement(By.linkText("Español")));
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("es");
        browser.open("http://localhost:" + port + "/login");
        assertThat(browser.find("h1").getText()).isEqualTo("Iniciar sesión");
    }

    @Test
    void aWrongPasswordGivesAMessageThatDoesNotSayWhetherTheAccountExists() {
        browser.open("http://localhost:" + port + "/login?lang=en");
        browser.fill("#username", "nobody-" + System.nanoTime() + "@example.org");
        browser.fill("#password", "not the right password");
        browser.clickAndWait("form.card button[type=submit]");
        browser.waitForText("do not match an account that can sign in");
    }

    @Test
    void afterAFormComesBackWithErrorsTheErrorSummaryHasTheFocus() {
        browser.open("http://localhost:" + port + "/apply/individual?lang=en");
        browser.clickAndWait("form[action='/apply/individual'] button[type=submit]");
        browser.waitForText("Please correct the following");
        assertThat(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.activeElement.className")).isEqualTo("error-summary");
    }
}
