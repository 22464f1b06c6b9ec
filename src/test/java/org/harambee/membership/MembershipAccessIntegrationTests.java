package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Membership's routes for an UNLISTED organization, as every kind of viewer: visitor, member, representative of
 * another organization, the organization's own representative, staff, administrator. "ok" is a page or a redirect
 * after a form; "sign-in" sends a visitor to sign in; 403 and 404 refuse. The generated route x role matrix
 * ({@code guards.RouteMatrixIntegrationTests}, docs/routes.md) covers every route for the five roles on a listed
 * organization; this one adds the organization's own representative and an organization visitors may not know.
 */
@IntegrationTest
class MembershipAccessIntegrationTests {

    @Autowired
    MembershipFixtures fixtures;

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    ApplicationReview review;
    @Autowired
    Taxonomy taxonomy;

    String outcome(MockHttpServletRequestBuilder request, HarambeeUser viewer) throws Exception {
        if (viewer != null) {
            request.with(user(viewer));
        }
        int status = mvc.perform(request.with(csrf()).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus();
        if (status == 302 && viewer == null) {
            String location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
            return location != null && location.endsWith("/login") ? "sign-in" : "ok";
        }
        return status == 200 || status == 302 ? "ok" : String.valueOf(status);
    }

    @Test
    void everyRouteAsEveryViewer() throws Exception {
        Organization target = fixtures.organization(MembershipFixtures.unique("Matrix Target"), MembershipStatus.ACTIVE,
                false);
        Organization other = fixtures.organization(MembershipFixtures.unique("Matrix Other"), MembershipStatus.ACTIVE,
                false);
        Long applicationId = review.apply(new IndividualProfile(MembershipFixtures.unique("Matrix Applicant"),
                MembershipFixtures.uniqueEmail("matrix"), "Tucson", "AZ", java.util.Set.of(fixtures.issueArea()), null,
                false, null, null, null, false), null, java.util.Locale.ENGLISH).orElseThrow().id();
        Map<String, HarambeeUser> viewers = new LinkedHashMap<>();
        viewers.put("visitor", null);
        viewers.put("member", fixtures.account(Role.MEMBER));
        viewers.put("other-rep", fixtures.representativeOf(other));
        viewers.put("own-rep", fixtures.representativeOf(target));
        viewers.put("staff", fixtures.account(Role.STAFF));
        viewers.put("admin", fixtures.account(Role.ADMIN));

        String org = "/organizations/" + target.slug();
        String member = "/staff/members/" + target.id();
        // route -> expected outcome for visitor, member, other-rep, own-rep, staff, admin
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("GET /apply", List.of("ok", "ok", "ok", "ok", "ok", "ok"));
        expected.put("GET /apply/organization", List.of("ok", "ok", "ok", "ok", "ok", "ok"));
        expected.put("GET /organizations", List.of("ok", "ok", "ok", "ok", "ok", "ok"));
        expected.put("GET " + org, List.of("404", "ok", "ok", "ok", "ok", "ok"));
        expected.put("GET " + org + "/logo", List.of("404", "404", "404", "404", "404", "404"));
        expected.put("GET " + org + "/edit", List.of("sign-in", "403", "403", "ok", "ok", "ok"));
        expected.put("POST " + org + "/edit", List.of("sign-in", "403", "403", "ok", "ok", "ok"));
        expected.put("POST " + org + "/logo", List.of("sign-in", "403", "403", "ok", "ok", "ok"));
        expected.put("POST " + org + "/logo/remove", List.of("sign-in", "403", "403", "ok", "ok", "ok"));
        expected.put("POST " + org + "/withdraw", List.of("sign-in", "403", "403", "ok", "ok", "ok"));
        expected.put("GET /membership", List.of("sign-in", "404", "404", "404", "404", "404"));
        expected.put("GET /staff/applications", List.of("sign-in", "403", "403", "403", "ok", "ok"));
        expected.put("GET /staff/applications/" + applicationId, List.of("sign-in", "403", "403", "403", "ok", "ok"));
        expected.put("POST /staff/applications/" + applicationId + "/decline",
                List.of("sign-in", "403", "403", "403", "ok", "ok"));
        expected.put("GET /staff/members", List.of("sign-in", "403", "403", "403", "ok", "ok"));
        expected.put("GET " + member, List.of("sign-in", "403", "403", "403", "ok", "ok"));
        expected.put("POST " + member + "/suspend", List.of("sign-in", "403", "403", "403", "ok", "ok"));
        expected.put("POST " + member + "/people/" + target.primaryContact().id() + "/authorize",
                List.of("sign-in", "403", "403", "403", "ok", "ok"));

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> route : expected.entrySet()) {
            String[] methodAndPath = route.getKey().split(" ", 2);
            int i = 0;
            for (Map.Entry<String, HarambeeUser> viewer : viewers.entrySet()) {
                MockHttpServletRequestBuilder request = "GET".equals(methodAndPath[0]) ? get(methodAndPath[1])
                        : post(methodAndPath[1]);
                String actual = outcome(request, viewer.getValue());
                if (!actual.equals(route.getValue().get(i))) {
                    wrong.add(route.getKey() + " as " + viewer.getKey() + ": " + actual + ", expected "
                            + route.getValue().get(i));
                }
                i++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(fixtures.loaded(target.id()).status()).isEqualTo(MembershipStatus.ACTIVE);
    }
}
