package org.harambee.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.harambee.Browser;
import org.harambee.BrowserPeople;
import org.harambee.IntegrationTest;
import org.harambee.identity.Invitations;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MemberRegistry;
import org.harambee.membership.RegisteredOrganization;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In a real browser: staff sign in, go from the dashboard to the import, upload a CSV file of 1,500
 * organizations, review it, import it, watch the progress bar move on its own (htmx polling), and read the report.
 */
@IntegrationTest
class OrganizationImportBrowserTests {

    private static final int ROWS = 1500;

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
    @Autowired
    Taxonomy taxonomy;
    @Autowired
    MemberRegistry registry;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void staffImportACsvFileAndSeeTheProgressAndTheReport(@TempDir Path folder) throws IOException {
        BrowserPeople people = new BrowserPeople(browser, port, invitations, fixtures, passwords, jdbc);
        String email = people.account(Role.STAFF, "Import staff");
        String prefix = "Browser Import " + UUID.randomUUID().toString().substring(0, 8);
        Path file = folder.resolve("organizations.csv");
        Files.write(file, organizations(prefix));

        people.signIn(email);
        browser.clickAndWait(browser.driver().findElement(By.linkText("Import organizations from a CSV file")));
        browser.waitForText("Import organizations");
        browser.find("#file").sendKeys(file.toString());
        browser.clickAndWait("form[enctype] button[type=submit]");

        browser.waitForText("What the file holds");
        browser.waitForText("New organizations\n" + ROWS);
        browser.clickAndWait("#commit");

        browser.await().ignoring(StaleElementReferenceException.class)
                .until(d -> String.valueOf(ROWS).equals(d.findElement(By.cssSelector("progress")).getAttribute("max")));
        browser.waitForText("New organizations imported\n" + ROWS);
        assertThat(registry.registeredOrganizations().stream().map(RegisteredOrganization::name)
                .filter(name -> name.startsWith(prefix))).hasSize(ROWS);
    }

    /** A CSV file in UTF-8 with a byte order mark, as the template is, with one organization per row. */
    private byte[] organizations(String prefix) {
        String issueArea = taxonomy.activeIssueAreas().stream().map(IssueArea::slug).findFirst().orElseThrow();
        List<List<String>> rows = IntStream.range(0, ROWS).mapToObj(i -> List.of(prefix + " Comité " + i,
                "Defendemos el derecho a la vivienda.", "GRASSROOTS", "San Juan", "PR",
                "comite" + i + "@" + prefix.replace(' ', '-').toLowerCase(Locale.ROOT) + ".example.org",
                "Contacto " + i, issueArea)).toList();
        String text = OrganizationImportIntegrationTests.csv(List.of("name", "mission", "type", "city", "state",
                "email", "contact_name", "issue_areas"), rows);
        return ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
