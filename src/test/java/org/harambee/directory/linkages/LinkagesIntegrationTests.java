package org.harambee.directory.linkages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.Capacity;
import org.harambee.membership.MembershipStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Partner suggestions, the exchange and the network view through the web, as each kind of person: who may see
 * what, who may hide a suggestion, and what the suggestions say. The organizations are made once for the class
 * (a test that hides a suggestion shows it again).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkagesIntegrationTests {

    @Autowired
    LinkagesFixtures fixtures;
    @Autowired
    MockMvc mvc;

    String seed;
    String crossIssue;
    String sameIssue;
    String notOptedIn;
    String lapsed;
    String other;
    Map<String, HarambeeUser> viewers;

    @BeforeAll
    void network() {
        Long housing = fixtures.area("housing");
        Long labor = fixtures.area("labor");
        Long health = fixtures.area("health");
        seed = fixtures.organization(LinkagesFixtures.unique("0000 Seed Tenants"), MembershipStatus.ACTIVE, false, false,
                Set.of(housing), Set.of(22, 23, 25), "IL", Set.of(), Set.of(Capacity.LEGAL_EXPERTISE));
        crossIssue = fixtures.organization(LinkagesFixtures.unique("0000 Cross Workers"), MembershipStatus.ACTIVE, true,
                true, Set.of(labor), Set.of(22, 23, 25), "CA", Set.of(), Set.of());
        sameIssue = fixtures.organization(LinkagesFixtures.unique("0000 Same Housing"), MembershipStatus.ACTIVE, false,
                true, Set.of(housing), Set.of(22, 23, 25), "CA", Set.of(), Set.of());
        notOptedIn = fixtures.organization(LinkagesFixtures.unique("0000 Private Clinic"), MembershipStatus.ACTIVE, false,
                false, Set.of(health), Set.of(22, 23, 25), "IN", Set.of(Capacity.LEGAL_EXPERTISE), Set.of());
        lapsed = fixtures.organization(LinkagesFixtures.unique("0000 Lapsed Union"), MembershipStatus.LAPSED, true, true,
                Set.of(labor), Set.of(22, 23, 25), "IN", Set.of(), Set.of());
        other = fixtures.organization(LinkagesFixtures.unique("0000 Other Group"), MembershipStatus.ACTIVE, false, true,
                Set.of(health), Set.of(3), "WI", Set.of(), Set.of());
        viewers = new LinkedHashMap<>();
        viewers.put("visitor", null);
        viewers.put("member", fixtures.account(Role.MEMBER));
        viewers.put("other-rep", fixtures.representativeOf(other));
        viewers.put("own-rep", fixtures.representativeOf(seed));
        viewers.put("staff", fixtures.account(Role.STAFF));
    }

    MockHttpServletResponse as(String viewer, MockHttpServletRequestBuilder request) throws Exception {
        HarambeeUser person = viewers.get(viewer);
        if (person != null) {
            request.with(user(person));
        }
        return mvc.perform(request.with(csrf()).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
    }

    String outcome(String viewer, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = as(viewer, request);
        if (response.getStatus() == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login")) {
            return "sign-in";
        }
        return response.getStatus() == 200 || response.getStatus() == 302 ? "ok" : String.valueOf(response.getStatus());
    }

    @Test
    void everyLinkagePageAnswersEachViewerAsTheRulesSay() throws Exception {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("GET /directory/partners/" + seed, List.of("sign-in", "ok", "ok", "ok", "ok"));
        expected.put("GET /directory/partners/" + lapsed, List.of("sign-in", "404", "404", "404", "404"));
        expected.put("GET /directory/partners/no-such-organization", List.of("sign-in", "404", "404", "404", "404"));
        expected.put("POST /directory/partners/" + seed + "/hide?partner=" + fixtures.idOf(other),
                List.of("sign-in", "403", "403", "ok", "ok"));
        expected.put("POST /directory/partners/" + seed + "/hide?partner=" + fixtures.idOf(seed),
                List.of("sign-in", "403", "403", "404", "404"));
        expected.put("POST /directory/partners/" + seed + "/hide?partner=nonsense",
                List.of("sign-in", "400", "400", "400", "400"));
        expected.put("GET /directory/exchange", List.of("sign-in", "ok", "ok", "ok", "ok"));
        expected.put("GET /directory/exchange/LEGAL_EXPERTISE", List.of("sign-in", "ok", "ok", "ok", "ok"));
        expected.put("GET /directory/exchange/NOT_A_CAPACITY", List.of("sign-in", "404", "404", "404", "404"));
        expected.put("GET /directory/network", List.of("ok", "ok", "ok", "ok", "ok"));
        expected.put("GET /directory/network?page=999999999", List.of("ok", "ok", "ok", "ok", "ok"));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> route : expected.entrySet()) {
            String[] methodAndPath = route.getKey().split(" ", 2);
            int i = 0;
            for (String viewer : viewers.keySet()) {
                String actual = outcome(viewer, "GET".equals(methodAndPath[0]) ? get(methodAndPath[1])
                        : post(methodAndPath[1]));
                if (!actual.equals(route.getValue().get(i))) {
                    wrong.add(route.getKey() + " as " + viewer + ": " + actual + ", expected " + route.getValue().get(i));
                }
                i++;
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aRepresentativesDashboardSuggestsPartnersToConsiderWithTheReasonAndTheirPage() throws Exception {
        String dashboard = as("own-rep", get("/dashboard").param("lang", "en")).getContentAsString();
        assertThat(dashboard).contains("as a partner for " + nameOf(seed) + ": Works on the same");
        assertThat(dashboard).containsAnyOf("href=\"/organizations/" + crossIssue + "\"",
                "href=\"/organizations/" + sameIssue + "\"");
        assertThat(dashboard).doesNotContain("href=\"/organizations/" + notOptedIn + "\"");
    }

    @Test
    void crossIssuePartnersComeFirstAndOnlyActiveOptedInOthersAreSuggested() throws Exception {
        String page = as("member", get("/directory/partners/" + seed)).getContentAsString();
        String crossName = nameOf(crossIssue);
        String sameName = nameOf(sameIssue);
        assertThat(page).contains(crossName, sameName);
        assertThat(page.indexOf(crossName)).isLessThan(page.indexOf(sameName));
        assertThat(page).doesNotContain(nameOf(notOptedIn), nameOf(lapsed));
        assertThat(suggestions(page)).as("never the organization itself").doesNotContain(nameOf(seed));
        assertThat(page).contains("Works on the same 3 rights from another issue area: Social security (22), "
                + "Work fair pay and trade unions (23), Adequate standard of living including food housing and health care (25)");
        assertThat(page).contains("Works on the same 3 rights: Social security (22)");
        assertThat(page).doesNotContain("Hide this suggestion");
        String spanish = as("member", get("/directory/partners/" + seed + "?lang=es")).getContentAsString();
        assertThat(spanish).contains("Trabaja en los mismos 3 derechos desde otro tema: Seguridad social (22)");
    }

    @Test
    void representativesHideASuggestionAndShowItAgainButOnlyForTheirOwnOrganization() throws Exception {
        Long sameId = fixtures.idOf(sameIssue);
        assertThat(as("other-rep", post("/directory/partners/" + seed + "/hide").param("partner", "" + sameId))
                .getStatus()).isEqualTo(403);
        assertThat(as("own-rep", get("/directory/partners/" + seed)).getContentAsString()).contains("Hide this suggestion");
        assertThat(as("own-rep", post("/directory/partners/" + seed + "/hide").param("partner", "" + sameId))
                .getStatus()).isEqualTo(302);
        String page = as("own-rep", get("/directory/partners/" + seed)).getContentAsString();
        String hiddenSection = page.substring(page.indexOf("id=\"hidden-heading\""));
        assertThat(page.substring(0, page.indexOf("id=\"hidden-heading\""))).doesNotContain(nameOf(sameIssue));
        assertThat(hiddenSection).contains(nameOf(sameIssue));
        assertThat(as("member", get("/directory/partners/" + seed)).getContentAsString())
                .doesNotContain(nameOf(sameIssue));

        String hiddenId = hiddenSection.replaceAll("(?s).*?/hidden/(\\d+)/show.*", "$1");
        assertThat(as("other-rep", post("/directory/partners/" + other + "/hidden/" + hiddenId + "/show")).getStatus())
                .as("another organization's hidden suggestion is not found through its own address").isEqualTo(404);
        assertThat(as("own-rep", post("/directory/partners/" + seed + "/hidden/" + hiddenId + "/show")).getStatus())
                .isEqualTo(302);
        assertThat(as("member", get("/directory/partners/" + seed)).getContentAsString()).contains(nameOf(sameIssue));
    }

    @Test
    void noFormIsAcceptedWithoutItsCsrfToken() throws Exception {
        int status = mvc.perform(post("/directory/partners/" + seed + "/hide").param("partner", "" + fixtures.idOf(sameIssue))
                .with(user(viewers.get("own-rep")))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void theExchangePairsARepresentativesNeedsWithWhoOffersThem() throws Exception {
        String page = as("own-rep", get("/directory/exchange")).getContentAsString();
        assertThat(page).contains("What " + nameOf(seed) + " needs, and who offers it", nameOf(notOptedIn));
        String capacity = as("member", get("/directory/exchange/LEGAL_EXPERTISE")).getContentAsString();
        assertThat(capacity).contains(nameOf(notOptedIn), nameOf(seed));
    }

    @Test
    void visitorsSeeOnlyPubliclyListedOrganizationsInTheNetworkView() throws Exception {
        String visitor = as("visitor", get("/directory/network")).getContentAsString();
        assertThat(visitor).contains(nameOf(crossIssue)).doesNotContain(nameOf(sameIssue), nameOf(seed));
        String member = as("member", get("/directory/network")).getContentAsString();
        assertThat(member).contains(nameOf(crossIssue), nameOf(sameIssue), nameOf(seed)).doesNotContain(nameOf(lapsed));
        assertThat(member).contains("href=\"/directory?issue=housing&amp;right=25\"");
        assertThat(member).doesNotContain("style=");
    }

    static String suggestions(String page) {
        int start = page.indexOf("<ol class=\"suggestions\">");
        return start < 0 ? "" : page.substring(start, page.indexOf("</ol>", start));
    }

    String nameOf(String slug) {
        return fixtures.jdbc().queryForObject("select name from organization where slug = ?", String.class, slug);
    }
}
