package org.harambee.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.Browser;
import org.harambee.BrowserPeople;
import org.harambee.IntegrationTest;
import org.harambee.identity.Invitations;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In a real browser: a representative submits a toolkit with a PDF, staff publish it from the review queue, and
 * a visitor finds it by a phrase that is only inside the PDF and downloads it.
 */
@IntegrationTest
class LibraryBrowserTests {

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
    MembershipFixtures fixtures;

    @Test
    void aToolkitIsSubmittedPublishedFoundByAPhraseInsideAndDownloaded(@TempDir Path folder) throws Exception {
        String word = "zqbrowser" + UUID.randomUUID().toString().replace("-", "").chars().limit(6)
                .map(c -> Character.isDigit(c) ? c - '0' + 'g' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "x";
        String phrase = "the " + word + " listening method";
        Path pdf = folder.resolve("listening-toolkit.pdf");
        Files.write(pdf, Documents.pdf("Human rights cities use " + phrase + " with residents."));
        String title = "Listening toolkit " + word.substring(9);

        signInAs(Role.REPRESENTATIVE);
        browser.open(url("/library/submit"));
        browser.fill("#title", title);
        browser.fill("#summary", "How a city council hears residents before it decides.");
        new Select(browser.find("#type")).selectByValue("TOOLKIT");
        browser.find("#file").sendKeys(pdf.toString());
        browser.clickAndWait("form[action='/library/submit'] button[type=submit]");
        browser.waitForText("Staff will review this resource");
        Matcher id = Pattern.compile("/library/(\\d+)").matcher(browser.driver().getCurrentUrl());
        assertThat(id.find()).isTrue();

        browser.driver().manage().deleteAllCookies();
        signInAs(Role.STAFF);
        browser.open(url("/staff/library"));
        browser.waitForText(title);
        browser.clickAndWait("form[action='/staff/library/" + id.group(1) + "/publish'] button");
        browser.waitForText("The resource was published.");

        browser.driver().manage().deleteAllCookies();
        String search = url("/library?q=" + URLEncoder.encode("\"" + phrase + "\"", StandardCharsets.UTF_8));
        browser.open(search);
        for (int tries = 0; tries < 100 && !browser.text().contains(title); tries++) {
            Thread.sleep(100);
            browser.open(search);
        }
        browser.waitForText(title);
        assertThat(browser.find("p.snippet mark").getText()).isEqualToIgnoringCase(phrase);

        browser.clickAndWait(browser.driver().findElement(By.linkText(title)));
        String href = browser.find("a[download]").getAttribute("href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).startsWith("attachment;").contains("listening-toolkit.pdf"));
        assertThat(download.body()).isEqualTo(Files.readAllBytes(pdf));
    }

    private void signInAs(Role role) {
        BrowserPeople people = new BrowserPeople(browser, port, invitations, fixtures, passwords, jdbc);
        people.signIn(people.account(role, "Library " + role.name()));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
