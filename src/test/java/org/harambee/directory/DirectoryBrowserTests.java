package org.harambee.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.harambee.Browser;
import org.harambee.IntegrationTest;
import org.harambee.membership.MemberRegistry;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.OrganizationProfile;
import org.harambee.membership.OrganizationRegistration;
import org.harambee.membership.OrganizationType;
import org.harambee.membership.PersonDetails;
import org.harambee.membership.Standing;
import org.harambee.membership.Visibility;
import org.harambee.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, as a visitor: filter the directory by housing and Texas (the results refresh in place
 * and the address follows), open a profile, and come back with the filters still chosen.
 */
@IntegrationTest
class DirectoryBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    MemberRegistry registry;
    @Autowired
    Taxonomy taxonomy;

    @Test
    void aVisitorFiltersHousingAndTexasAndOpensAProfile() {
        String name = MembershipFixtures.unique("Austin Tenants Council");
        Long housing = taxonomy.issueArea("housing").orElseThrow().id();
        registry.registerOrganizations(List.of(new OrganizationRegistration(new OrganizationProfile(name,
                "We organize tenants in Austin for the right to adequate housing.", OrganizationType.GRASSROOTS, 2001,
                null, null, "Austin", "TX", null, null, null, Set.of("en", "es"), Set.of(housing), Set.of(25),
                "Tenants", true, true, true, Set.of(), Set.of(), false),
                List.of(new PersonDetails("Rosa Díaz", Visibility.PUBLIC, null, Visibility.PUBLIC,
                        MembershipFixtures.uniqueEmail("rosa"), Visibility.MEMBERS, null, Visibility.STAFF, null, Visibility.STAFF, true)),
                new Standing(MembershipStatus.ACTIVE, false, LocalDate.of(2015, 3, 1), LocalDate.now().plusYears(5)),
                "en")));

        browser.open("http://localhost:" + port + "/directory");
        browser.waitForText("Filters");
        choose("Housing and homelessness");
        browser.waitForText("Chosen:");
        choose("Texas");
        browser.await().until(d -> d.getCurrentUrl().contains("issue=housing") && d.getCurrentUrl().contains("state=TX"));
        browser.waitForText(name);
        assertThat(browser.find(".chips").getText()).contains("Housing and homelessness", "Texas");

        browser.clickAndWait(browser.driver().findElement(By.linkText(name)));
        browser.waitForText("We organize tenants in Austin");
        assertThat(browser.driver().getCurrentUrl()).contains("/organizations/");

        browser.driver().navigate().back();
        browser.await().until(d -> d.getCurrentUrl().contains("state=TX"));
        browser.waitForText(name);
        assertThat(browser.find(".chips").getText()).contains("Housing and homelessness", "Texas");
    }

    /** Chooses a facet value, opening its "more" list when it is folded away, and waits for the results. */
    private void choose(String label) {
        WebElement choice = browser.driver().findElements(By.cssSelector("a.facet-choice")).stream()
                .filter(link -> link.getAttribute("textContent").contains(label)).findFirst().orElseThrow();
        if (!choice.isDisplayed()) {
            choice.findElement(By.xpath("ancestor::details/summary")).click();
        }
        WebElement results = browser.find("#directory");
        choice.click();
        browser.await().until(ExpectedConditions.stalenessOf(results));
    }
}
