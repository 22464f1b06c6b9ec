package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The dashboard, the home page's numbers, an individual member's own page, and hostile form input. */
@IntegrationTest
class MemberPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    IndividualMembers individuals;
    @Autowired
    Taxonomy taxonomy;

    @Autowired
    MembershipFixtures fixtures;

    @Test
    void theDashboardShowsStaffTheQueueAndRepresentativesTheirOrganization() throws Exception {
        mvc.perform(get("/dashboard").with(user(fixtures.account(Role.STAFF)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("waiting for review")))
                .andExpect(content().string(containsString("href=\"/staff/applications\"")));
        Organization o = fixtures.organization(MembershipFixtures.unique("Dashboard Org"), MembershipStatus.ACTIVE,
                false);
        mvc.perform(get("/dashboard").with(user(fixtures.representativeOf(o)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/organizations/" + o.slug() + "/edit")))
                .andExpect(content().string(not(containsString("waiting for review"))));
        mvc.perform(get("/").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("active member organizations")))
                .andExpect(content().string(containsString("founding members still active")));
    }

    @Test
    void anIndividualMemberKeepsTheirDetailsAndPrivacyChoicesAndMayLeave() throws Exception {
        String email = MembershipFixtures.uniqueEmail("fannie");
        HarambeeUser member = fixtures.individualMember("Fannie Lou Hamer", email);
        mvc.perform(get("/dashboard").with(user(member))).andExpect(content().string(containsString("/membership")));
        mvc.perform(get("/membership").with(user(member))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ruleville")));
        mvc.perform(post("/membership").with(csrf()).with(user(member)).param("name", "Fannie Lou Hamer")
                        .param("email", email).param("city", "Jackson").param("state", "MS")
                        .param("issueAreas", String.valueOf(fixtures.issueArea())).param("listedForMembers", "true")
                        .param("emailVisibility", "PUBLIC"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"emailVisibility-error\"")));
        mvc.perform(post("/membership").with(csrf()).with(user(member)).param("name", "Fannie Lou Hamer")
                        .param("email", email).param("city", "Jackson").param("state", "MS")
                        .param("issueAreas", String.valueOf(fixtures.issueArea())).param("listedForMembers", "true")
                        .param("emailVisibility", "MEMBERS"))
                .andExpect(redirectedUrl("/membership"));
        IndividualMember saved = individuals.findByEmail(email).orElseThrow();
        assertThat(saved.city()).isEqualTo("Jackson");
        assertThat(saved.listedForMembers()).isTrue();
        assertThat(saved.emailVisibility()).isEqualTo(Visibility.MEMBERS);

        mvc.perform(post("/membership/withdraw").param("confirm", "true").with(csrf()).with(user(member)))
                .andExpect(redirectedUrl("/membership"));
        assertThat(individuals.findByEmail(email).orElseThrow().status()).isEqualTo(MembershipStatus.WITHDRAWN);

        mvc.perform(get("/membership").with(user(fixtures.account(Role.MEMBER)))).andExpect(status().isNotFound());
    }

    @Test
    void anIndividualMaySayTheyAreDirectlyAffectedWhichStaffSee() throws Exception {
        String email = MembershipFixtures.uniqueEmail("affected");
        HarambeeUser member = fixtures.individualMember("Fannie Lou Hamer", email);
        String page = mvc.perform(get("/membership").with(user(member))).andExpect(status().isOk())
                .andExpect(content().string(containsString("election officers")))
                .andReturn().getResponse().getContentAsString();
        assertThat(checkbox(page, "directlyAffected")).doesNotContain(" checked");

        mvc.perform(ownDetails(member, email).param("directlyAffected", "true")).andExpect(redirectedUrl("/membership"));
        IndividualMember saved = individuals.findByEmail(email).orElseThrow();
        assertThat(saved.directlyAffected()).isTrue();
        page = mvc.perform(get("/membership").with(user(member))).andReturn().getResponse().getContentAsString();
        assertThat(checkbox(page, "directlyAffected")).contains(" checked");
        mvc.perform(get("/staff/members/" + saved.id()).with(user(fixtures.account(Role.STAFF))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dt>Directly affected</dt><dd>Yes</dd>")));

        mvc.perform(ownDetails(member, email)).andExpect(redirectedUrl("/membership"));
        assertThat(individuals.findByEmail(email).orElseThrow().directlyAffected()).isFalse();
    }

    private MockHttpServletRequestBuilder ownDetails(HarambeeUser member, String email) {
        return post("/membership").with(csrf()).with(user(member)).param("name", "Fannie Lou Hamer")
                .param("email", email).param("city", "Ruleville").param("state", "MS")
                .param("issueAreas", String.valueOf(fixtures.issueArea()));
    }

    /** The checkbox of this name as the page renders it. */
    private static String checkbox(String page, String name) {
        Matcher input = Pattern.compile("<input type=\"checkbox\"[^>]*name=\"" + name + "\"[^>]*>").matcher(page);
        assertThat(input.find()).as("checkbox %s", name).isTrue();
        return input.group();
    }

    @Test
    void hostileFormsNeverCauseAServerError() throws Exception {
        Organization o = fixtures.organization(MembershipFixtures.unique("Hostile Org"), MembershipStatus.ACTIVE, false);
        HarambeeUser representative = fixtures.representativeOf(o);
        mvc.perform(post("/organizations/" + o.slug() + "/edit").with(csrf()).with(user(representative))
                .param("people[5000].name", "x")).andExpect(status().is4xxClientError());
        mvc.perform(post("/organizations/" + o.slug() + "/edit").with(csrf()).with(user(representative))
                .param("people[0].id", "not-a-number").param("primary", "x").param("issueAreas", "a"))
                .andExpect(status().isOk());
        mvc.perform(post("/apply/organization").with(csrf()).param("type", "GRASSROOTS\u0000")
                .param("people[0].emailVisibility", "EVERYONE")).andExpect(status().isOk());
        mvc.perform(get("/organizations").param("page", "-3").param("status", "NOPE"))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/organizations").param("page", "999999")).andExpect(status().isOk());
    }
}
