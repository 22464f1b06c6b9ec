package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harambee.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every route outside membership (which has its own matrix, per organization), as every role:
 * visitor, member, a representative (of some other organization), staff, administrator. "sign-in"
 * means the visitor is sent to the sign-in page; "denied" is 403; "ok" is 200 (or a redirect after
 * a successful POST); "unauthorized" is the API's 401 problem JSON. Membership's routes:
 * {@code MembershipAccessIntegrationTests}; partner suggestions, which are per organization:
 * {@code LinkagesIntegrationTests}.
 */
@IntegrationTest
class RouteAccessIntegrationTests {

    private static final String OK = "ok";
    private static final String DENIED = "denied";
    private static final String SIGN_IN = "sign-in";
    private static final String UNAUTHORIZED = "unauthorized";

    /** What a browser accepts when it follows a link. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final List<String> ROLES = List.of("visitor", "member", "representative", "staff", "admin");

    /** route → expected outcome for visitor, member, representative, staff, admin. */
    private static final Map<String, List<String>> GET_ROUTES = new LinkedHashMap<>();

    static {
        for (String open : List.of("/", "/login", "/privacy", "/apply", "/apply/organization", "/apply/individual",
                "/organizations", "/password/forgot", "/directory", "/directory/map", "/api/v1/organizations", "/library", "/library/feed.atom",
                "/groups", "/statements", "/un", "/un/treaties", "/un/recommendations", "/api/v1/recommendations",
                "/un/reviews", "/un/reviews.ics", "/un/shadow-report", "/un/shadow-report/print",
                "/un/shadow-report.csv")) {
            GET_ROUTES.put(open, List.of(OK, OK, OK, OK, OK));
        }
        GET_ROUTES.put("/directory/network", List.of(OK, OK, OK, OK, OK));
        GET_ROUTES.put("/directory/exchange", List.of(SIGN_IN, OK, OK, OK, OK));
        GET_ROUTES.put("/library/submit", List.of(SIGN_IN, DENIED, OK, OK, OK));
        GET_ROUTES.put("/library/mine", List.of(SIGN_IN, DENIED, OK, OK, OK));
        GET_ROUTES.put("/directory/exchange/MEETING_SPACE", List.of(SIGN_IN, OK, OK, OK, OK));
        GET_ROUTES.put("/dashboard", List.of(SIGN_IN, OK, OK, OK, OK));
        GET_ROUTES.put("/groups/new", List.of(SIGN_IN, OK, OK, OK, OK));
        GET_ROUTES.put("/notifications", List.of(SIGN_IN, OK, OK, OK, OK));
        GET_ROUTES.put("/statements/new", List.of(SIGN_IN, DENIED, DENIED, OK, OK));
        GET_ROUTES.put("/account/password", List.of(SIGN_IN, OK, OK, OK, OK));
        GET_ROUTES.put("/account/tokens", List.of(SIGN_IN, OK, OK, OK, OK));
        GET_ROUTES.put("/api/v1/me", List.of(UNAUTHORIZED, OK, OK, OK, OK));
        GET_ROUTES.put("/directory/export.csv", List.of(SIGN_IN, OK, OK, OK, OK));
        GET_ROUTES.put("/directory/people", List.of(SIGN_IN, OK, OK, OK, OK));
        GET_ROUTES.put("/api/v1/openapi.json", List.of(OK, OK, OK, OK, OK));
        for (String staff : List.of("/staff/applications", "/staff/members", "/staff/issue-areas", "/staff/outbox",
                "/staff/audit", "/staff/library", "/staff/library/collections", "/staff/import/organizations", "/staff/import/organizations/template.csv",
                "/staff/un/import", "/staff/un/reviews/new", "/staff/un/treaties/ICESCR", "/staff/un/instruments/new")) {
            GET_ROUTES.put(staff, List.of(SIGN_IN, DENIED, DENIED, OK, OK));
        }
        GET_ROUTES.put("/admin/accounts", List.of(SIGN_IN, DENIED, DENIED, DENIED, OK));
        GET_ROUTES.put("/admin/accounts/invite", List.of(SIGN_IN, DENIED, DENIED, DENIED, OK));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    private final Map<String, RequestPostProcessor> as = new LinkedHashMap<>();
    /** Not the default 127.0.0.1, whose allowance of API requests other tests share. */
    private final RequestPostProcessor address = TestAccounts.fromUniqueAddress();

    @BeforeEach
    void signIn() {
        TestAccounts people = new TestAccounts(accounts, encoder);
        as.put("visitor", request -> request);
        as.put("member", people.as(people.create(Role.MEMBER)));
        as.put("representative", people.as(people.create(Role.MEMBER, Role.REPRESENTATIVE)));
        as.put("staff", people.as(people.create(Role.STAFF)));
        as.put("admin", people.as(people.create(Role.ADMIN)));
    }

    @Test
    void everyPageAnswersEachRoleAsTheRulesSay() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> route : GET_ROUTES.entrySet()) {
            for (int r = 0; r < ROLES.size(); r++) {
                check(get(route.getKey()), ROLES.get(r), route.getValue().get(r), "GET " + route.getKey(), wrong);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyStaffAndAdministratorActionIsRefusedToThoseBelowIt() throws Exception {
        List<String> wrong = new ArrayList<>();
        Map<String, List<String>> actions = new LinkedHashMap<>();
        actions.put("/staff/issue-areas", List.of(SIGN_IN, DENIED, DENIED));
        actions.put("/staff/issue-areas/housing/retire", List.of(SIGN_IN, DENIED, DENIED));
        actions.put("/staff/applications/1/approve", List.of(SIGN_IN, DENIED, DENIED));
        actions.put("/staff/members/1/suspend", List.of(SIGN_IN, DENIED, DENIED));
        actions.put("/staff/import/organizations", List.of(SIGN_IN, DENIED, DENIED));
        actions.put("/staff/library/collections", List.of(SIGN_IN, DENIED, DENIED));
        actions.put("/staff/import/organizations/" + java.util.UUID.randomUUID() + "/commit",
                List.of(SIGN_IN, DENIED, DENIED));
        actions.put("/staff/un/import", List.of(SIGN_IN, DENIED, DENIED));
        actions.put("/staff/un/treaties/ICESCR", List.of(SIGN_IN, DENIED, DENIED));
        actions.put("/staff/un/reviews/new", List.of(SIGN_IN, DENIED, DENIED));
        actions.put("/staff/un/instruments/new", List.of(SIGN_IN, DENIED, DENIED));
        actions.put("/admin/accounts/invite", List.of(SIGN_IN, DENIED, DENIED, DENIED));
        actions.put("/admin/accounts/" + java.util.UUID.randomUUID() + "/sign-in-link",
                List.of(SIGN_IN, DENIED, DENIED, DENIED));
        for (Map.Entry<String, List<String>> action : actions.entrySet()) {
            for (int r = 0; r < action.getValue().size(); r++) {
                check(post(action.getKey()).param("nameEn", "x").param("nameEs", "x").with(csrf()), ROLES.get(r),
                        action.getValue().get(r), "POST " + action.getKey(), wrong);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noFormIsAcceptedWithoutItsCsrfTokenWhoeverSendsIt() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String role : ROLES) {
            for (String path : List.of("/staff/issue-areas", "/admin/accounts/invite", "/apply/organization", "/logout",
                    "/account/tokens", "/account/tokens/1/revoke",
                    "/staff/import/organizations")) {
                MockHttpServletResponse response = mvc.perform(post(path).with(as.get(role))).andReturn().getResponse();
                if (response.getStatus() != 403) {
                    wrong.add("POST " + path + " without CSRF token as " + role + " gave " + response.getStatus());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private void check(MockHttpServletRequestBuilder request, String role, String expected, String what, List<String> wrong)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(as.get(role)).with(address).header("Accept", BROWSER))
                .andReturn().getResponse();
        String actual = outcome(response);
        if (!actual.equals(expected)) {
            wrong.add(what + " as " + role + ": expected " + expected + " but was " + actual + " (" + response.getStatus() + ")");
        }
    }

    private static String outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login")) {
            return SIGN_IN;
        }
        if (status == 403) {
            return DENIED;
        }
        if (status == 401 && String.valueOf(response.getContentType()).startsWith("application/problem+json")) {
            return UNAUTHORIZED;
        }
        return status < 400 ? OK : "status " + status;
    }
}
