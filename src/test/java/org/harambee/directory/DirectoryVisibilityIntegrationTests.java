package org.harambee.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.Organization;
import org.harambee.membership.OrganizationProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The directory shows each audience only what it may see, the same way in the page, the map's counts, the
 * export and the API: visitors see active organizations listed publicly, and only their public details;
 * members see every active organization and members' details; staff see everything. A token sees what its
 * owner sees.
 */
@IntegrationTest
class DirectoryVisibilityIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    String word;
    Organization listed;
    Organization unlisted;
    Organization lapsed;

    /** Each request from its own address: the API's allowance per address is not shared with other tests. */
    private static RequestPostProcessor fromOwnAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "10.77." + random.nextInt(256) + "." + random.nextInt(1, 255);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @BeforeEach
    void threeOrganizations() {
        word = NetworkSample.marker();
        listed = fixtures.organization("Listed " + word, MembershipStatus.ACTIVE, true);
        unlisted = fixtures.organization("Unlisted " + word, MembershipStatus.ACTIVE, false);
        lapsed = fixtures.organization("Lapsed " + word, MembershipStatus.LAPSED, true);
    }

    @Test
    void visitorsSeeOnlyActiveOrganizationsListedPubliclyInPageMapAndApi() throws Exception {
        String page = mvc.perform(get("/directory").param("q", word).with(fromOwnAddress()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(listed.name()).doesNotContain(unlisted.name()).doesNotContain(lapsed.name())
                .contains("1 organization");
        mvc.perform(get("/directory/map").param("q", word).with(fromOwnAddress()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("IL (Illinois): 1 organization")));
        mvc.perform(get("/api/v1/organizations").param("q", word).with(fromOwnAddress()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].slug").value(listed.slug()))
                .andExpect(jsonPath("$.facets.state.IL").value(1));
    }

    @Test
    void theMapShowsVisitorsNoStateWhoseOrganizationsAreAllUnlisted() throws Exception {
        String guam = "GU (Guam): ";
        String before = mapFor(null);
        OrganizationProfile unlistedInGuam = fixtures.profile("Unlisted in Guam " + word, false);
        fixtures.register(new OrganizationProfile(unlistedInGuam.name(), unlistedInGuam.mission(),
                unlistedInGuam.type(), unlistedInGuam.yearFounded(), unlistedInGuam.budget(),
                unlistedInGuam.staffSize(), "Hagåtña", "GU", "96910", unlistedInGuam.country(),
                unlistedInGuam.website(), unlistedInGuam.languages(), unlistedInGuam.issueAreas(),
                unlistedInGuam.rights(), unlistedInGuam.communitiesServed(), unlistedInGuam.grassroots(),
                unlistedInGuam.ledByDirectlyAffected(), false, unlistedInGuam.offers(), unlistedInGuam.needs(),
                unlistedInGuam.openToPartners()));
        assertThat(mapFor(null)).isEqualTo(before);
        assertThat(count(mapFor(fixtures.account(Role.MEMBER)), guam)).isEqualTo(count(before, guam) + 1);
    }

    private String mapFor(HarambeeUser reader) throws Exception {
        return mvc.perform(reader == null ? get("/directory/map").with(fromOwnAddress())
                : get("/directory/map").with(user(reader))).andReturn().getResponse().getContentAsString();
    }

    private static long count(String map, String state) {
        java.util.regex.Matcher found = java.util.regex.Pattern
                .compile(java.util.regex.Pattern.quote(state) + "(\\d+) organization").matcher(map);
        return found.find() ? Long.parseLong(found.group(1)) : 0;
    }

    @Test
    void membersSeeEveryActiveOrganizationAndStaffSeeEveryStatus() throws Exception {
        HarambeeUser member = fixtures.account(Role.MEMBER);
        String page = mvc.perform(get("/directory").param("q", word).with(user(member)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(listed.name()).contains(unlisted.name()).doesNotContain(lapsed.name());
        mvc.perform(get("/directory/map").param("q", word).with(user(member)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("IL (Illinois): 2 organizations")));

        HarambeeUser staff = fixtures.account(Role.STAFF);
        String staffPage = mvc.perform(get("/directory").param("q", word).with(user(staff)))
                .andReturn().getResponse().getContentAsString();
        assertThat(staffPage).contains(listed.name()).contains(unlisted.name()).contains(lapsed.name())
                .contains("Lapsed</span>");
        mvc.perform(get("/api/v1/organizations").param("q", word).param("status", "LAPSED").with(user(staff))
                .with(fromOwnAddress())).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].status").value("LAPSED"));
    }

    @Test
    void aMembersOnlyFieldNeverReachesAVisitorButATokenSeesWhatItsOwnerSees() throws Exception {
        String email = listed.primaryContact().email();
        mvc.perform(get("/api/v1/organizations/" + listed.slug()).with(fromOwnAddress()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(listed.name()))
                .andExpect(jsonPath("$.zip").doesNotExist())
                .andExpect(jsonPath("$.budget").doesNotExist())
                .andExpect(jsonPath("$.people[0].email").doesNotExist())
                .andExpect(jsonPath("$.people[0].phone").doesNotExist())
                .andExpect(content().string(not(containsString(":null"))));
        mvc.perform(get("/api/v1/organizations/" + unlisted.slug()).with(fromOwnAddress()))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(404));

        String token = tokenOf(fixtures.account(Role.MEMBER));
        mvc.perform(get("/api/v1/organizations/" + listed.slug()).header("Authorization", "Bearer " + token)
                        .with(fromOwnAddress()))
                .andExpect(jsonPath("$.zip").value("60601"))
                .andExpect(jsonPath("$.budget").value("FROM_50K_TO_250K"))
                .andExpect(jsonPath("$.people[0].email").value(email))
                .andExpect(jsonPath("$.people[0].phone").doesNotExist());
        mvc.perform(get("/api/v1/organizations/" + unlisted.slug()).header("Authorization", "Bearer " + token)
                .with(fromOwnAddress())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/organizations").param("q", word).header("Authorization", "Bearer " + token)
                .with(fromOwnAddress())).andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void visitorsCannotExportAndMembersExportWhatTheyMaySeeWithFormulasNeutralized() throws Exception {
        mvc.perform(get("/directory/export.csv").param("q", word))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));

        HarambeeUser member = fixtures.account(Role.MEMBER);
        byte[] bytes = mvc.perform(get("/directory/export.csv").param("q", word).with(user(member)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("name,profile,type,city,state").contains("contact_email")
                .doesNotContain("status");
        assertThat(lines).hasSize(3);
        assertThat(csv).contains(listed.name(), unlisted.name(), listed.primaryContact().email(), "60601")
                .doesNotContain(lapsed.name()).doesNotContain("555 0100");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'directory.exported' "
                + "and actor = ? and subject like ?", Integer.class, member.email(), "%" + word + "%")).isEqualTo(1);

        HarambeeUser staff = fixtures.account(Role.STAFF);
        String staffCsv = mvc.perform(get("/directory/export.csv").param("q", word).with(user(staff)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(staffCsv).contains(lapsed.name(), "555 0100", "LAPSED");
    }

    @Test
    void badApiParametersAreProblemsThatSayWhatIsWrong() throws Exception {
        mvc.perform(get("/api/v1/organizations").param("issue", "no-such-issue").param("right", "31")
                .with(fromOwnAddress()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("issue=no-such-issue"),
                        org.hamcrest.Matchers.containsString("right=31"))));
        mvc.perform(get("/api/v1/organizations").param("size", "1000").with(fromOwnAddress()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(
                        org.hamcrest.Matchers.containsString("size")));
        mvc.perform(get("/api/v1/organizations").param("page", "x").with(fromOwnAddress()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/organizations").param("status", "LAPSED").with(fromOwnAddress()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theApiDescriptionListsTheOrganizationsEndpointsAndTheirFilters() throws Exception {
        mvc.perform(get("/api/v1/openapi.json").with(fromOwnAddress())).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/organizations'].get.parameters[?(@.name == 'issue')]").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organizations'].get.parameters[?(@.name == 'size')]").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organizations/{slug}'].get").exists());
    }

    private String tokenOf(HarambeeUser owner) throws Exception {
        String page = mvc.perform(post("/account/tokens").param("name", "Directory test").with(user(owner))
                .with(csrf())).andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("hrb_[A-Za-z0-9_-]+").matcher(page);
        assertThat(token.find()).as("the new token is shown").isTrue();
        return token.group();
    }
}
