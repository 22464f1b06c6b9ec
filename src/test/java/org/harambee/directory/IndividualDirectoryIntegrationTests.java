package org.harambee.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.harambee.IntegrationTest;
import org.harambee.identity.Role;
import org.harambee.membership.IndividualProfile;
import org.harambee.membership.IndividualRegistration;
import org.harambee.membership.MembershipSeeding;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.Standing;
import org.harambee.membership.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Individual members appear only to members, only if they chose to be listed, and only with the details they
 * show members: a detail kept for staff is neither shown nor searchable.
 */
@IntegrationTest
class IndividualDirectoryIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipSeeding registry;
    @Autowired
    MembershipFixtures fixtures;

    @Test
    void membersFindListedIndividualsWithOnlyTheDetailsTheyShowMembers() throws Exception {
        String word = NetworkSample.marker();
        String listed = "Listed " + word;
        String unlisted = "Unlisted " + word;
        String listedEmail = MembershipFixtures.uniqueEmail("listed");
        register(listed, listedEmail, true, "Secret Employer " + word);
        register(unlisted, MembershipFixtures.uniqueEmail("unlisted"), false, "Employer");

        mvc.perform(get("/directory/people").param("q", word)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));

        String page = mvc.perform(get("/directory/people").param("q", word).with(user(fixtures.account(Role.MEMBER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(listed, listedEmail, "El Paso").doesNotContain(unlisted)
                .doesNotContain("Secret Employer");

        String byHiddenDetail = mvc.perform(get("/directory/people").param("q", "secret employer " + word)
                .with(user(fixtures.account(Role.MEMBER)))).andReturn().getResponse().getContentAsString();
        assertThat(byHiddenDetail).doesNotContain(listed);

        String inTexas = mvc.perform(get("/directory/people").param("q", word).param("state", "TX")
                .with(user(fixtures.account(Role.MEMBER)))).andReturn().getResponse().getContentAsString();
        assertThat(inTexas).contains(listed);
        String inOhio = mvc.perform(get("/directory/people").param("q", word).param("state", "OH")
                .with(user(fixtures.account(Role.MEMBER)))).andReturn().getResponse().getContentAsString();
        assertThat(inOhio).doesNotContain(listed);
    }

    private void register(String name, String email, boolean listed, String affiliation) {
        registry.registerIndividuals(List.of(new IndividualRegistration(new IndividualProfile(name, email, "El Paso",
                "TX", Set.of(fixtures.issueArea()), affiliation, listed, Visibility.MEMBERS, Visibility.MEMBERS,
                Visibility.STAFF, false), new Standing(MembershipStatus.ACTIVE, false, LocalDate.of(2012, 5, 1),
                LocalDate.now().plusYears(5)), "en")));
    }
}
