package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An organization applies in five steps: each step goes on only when its own answers hold, every step is saved in a
 * draft reached again by its signed link (from another browser too), and the last step sends the application,
 * after which the draft is gone.
 */
@IntegrationTest
class ApplicationStepsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationDrafts drafts;

    @Test
    void anOrganizationAppliesStepByStepAndComesBackByTheLink() throws Exception {
        String name = MembershipFixtures.unique("Stepwise Tenants");
        String email = MembershipFixtures.uniqueEmail("steps");
        Map<String, String> all = MembershipFixtures.organizationApplication(name, email, fixtures.issueArea());

        MockHttpServletResponse first = send("/apply/organization/drafts", only(all, ApplicationStep.ABOUT));
        String where = first.getRedirectedUrl();
        assertThat(where).matches("/apply/organization/drafts/[0-9a-f-]{36}\\.[A-Za-z0-9_-]{43}/where");
        String link = where.split("/")[4];

        String page = read(where);
        assertThat(page).contains("Step 2 of 5").contains("/apply/organization/drafts/" + link + "/where")
                .contains("id=\"city\"").doesNotContain("id=\"mission\"");

        MockHttpServletResponse missingCity = send(where, Map.of("state", "IL"));
        assertThat(missingCity.getStatus()).isEqualTo(200);
        String refused = missingCity.getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Step 2 of 5").contains("city-error").doesNotContain("people-0--email-error");

        for (ApplicationStep step : List.of(ApplicationStep.WHERE, ApplicationStep.WORK, ApplicationStep.EXCHANGE)) {
            String next = send("/apply/organization/drafts/" + link + "/" + step.slug(), only(all, step))
                    .getRedirectedUrl();
            assertThat(next).isEqualTo("/apply/organization/drafts/" + link + "/" + step.next().slug());
        }
        assertThat(read("/apply/organization/drafts/" + link + "/about")).as("the answers are kept")
                .contains("value=\"" + name + "\"");
        assertThat(count(name)).isZero();

        MockHttpServletResponse sent = send("/apply/organization/drafts/" + link + "/contact",
                only(all, ApplicationStep.CONTACT));
        assertThat(sent.getRedirectedUrl()).isEqualTo("/apply/submitted");
        assertThat(count(name)).isEqualTo(1);
        assertThat(mvc.perform(get("/apply/organization/drafts/" + link + "/about")).andReturn().getResponse()
                .getStatus()).as("the draft is gone once sent").isEqualTo(404);
    }

    @Test
    void aLinkWhoseSignatureDoesNotHoldOpensNothing() throws Exception {
        String link = drafts.start(new OrganizationForm());
        String forged = link.substring(0, link.indexOf('.') + 1) + "A".repeat(43);
        assertThat(mvc.perform(get("/apply/organization/drafts/" + link + "/where")).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        for (String address : List.of("/apply/organization/drafts/" + forged + "/where",
                "/apply/organization/drafts/" + link.substring(0, link.indexOf('.')) + "/where",
                "/apply/organization/drafts/" + link + "/nowhere")) {
            assertThat(mvc.perform(get(address)).andReturn().getResponse().getStatus()).as(address).isEqualTo(404);
        }
    }

    @Test
    void draftsLastSavedLongAgoAreForgotten() {
        String link = drafts.start(new OrganizationForm());
        jdbc.update("update application_draft set saved_at = saved_at - interval '31' day where id = ?",
                UUID.fromString(link.substring(0, link.indexOf('.'))));
        assertThat(drafts.forgetOld()).isPositive();
        assertThat(drafts.answers(link)).isEmpty();
    }

    private static Map<String, String> only(Map<String, String> all, ApplicationStep step) {
        Map<String, String> mine = new LinkedHashMap<>();
        all.forEach((field, value) -> {
            if (step.asks(field)) {
                mine.put(field, value);
            }
        });
        return mine;
    }

    private MockHttpServletResponse send(String address, Map<String, String> form) throws Exception {
        return mvc.perform(ApplicationIntegrationTests.posted(address, form)).andReturn().getResponse();
    }

    private String read(String address) throws Exception {
        return mvc.perform(get(address).param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long count(String name) {
        return jdbc.queryForObject("select count(*) from membership_application where name = ?", Long.class, name);
    }
}
