package org.harambee.governance;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.Organization;
import org.harambee.membership.OrganizationProfile;
import org.harambee.membership.OrganizationType;
import org.harambee.site.Installation;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the governance tests build through the pages, as an election officer would: a body with classes of seats, an
 * election of them with a timeline around the clock's now (nominations open for a day, then voting for a day), and
 * member organizations of either kind with their representatives.
 */
record GovernanceFixtures(MockMvc mvc, MembershipFixtures members, Installation installation, Clock clock) {

    MockHttpServletResponse as(HarambeeUser who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf()).header("Accept-Language", "en")).andReturn()
                .getResponse();
    }

    /** The flash attribute {@code name} the answer to this request carries to the next page. */
    Object flash(HarambeeUser who, MockHttpServletRequestBuilder request, String name) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf()).header("Accept-Language", "en")).andReturn()
                .getFlashMap().get(name);
    }

    /** A body with these classes (name → seats, reserved for grassroots organizations when the name says so). */
    String body(HarambeeUser officer, String name, Map<String, Integer> classes) throws Exception {
        String slug = as(officer, post("/bodies").param("nameEn", name).param("termYears", "2")
                .param("termLimit", "2")).getRedirectedUrl().substring("/bodies/".length());
        for (Map.Entry<String, Integer> seats : classes.entrySet()) {
            MockHttpServletRequestBuilder form = post("/bodies/" + slug + "/classes").param("nameEn", seats.getKey())
                    .param("seats", String.valueOf(seats.getValue()));
            if (seats.getKey().startsWith("Grassroots")) {
                form.param("grassroots", "true");
            }
            as(officer, form);
        }
        return slug;
    }

    /** The local time in the network's zone {@code hours} from the clock's now, as the form's fields take it. */
    String at(long hours) {
        return LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(hours)), installation.timeZone())
                .truncatedTo(ChronoUnit.MINUTES).toString();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), installation.timeZone());
    }

    /**
     * An election's form: nominations from an hour ago for a day, voting the next day, the roll read today
     * (members registered by the tests are members from now on).
     */
    MockHttpServletRequestBuilder election(String title, String method) {
        return post("/elections").param("titleEn", title).param("method", method)
                .param("nominationsOpen", at(-1)).param("nominationsClose", at(24))
                .param("votingOpens", at(25)).param("votingCloses", at(49))
                .param("recordDate", today().toString()).param("organizationsVote", "true")
                .param("termStarts", today().plusMonths(1).toString());
    }

    Organization organization(String name, boolean grassroots, String state) {
        OrganizationProfile profile = new OrganizationProfile(name, "We defend the right to housing.",
                grassroots ? OrganizationType.GRASSROOTS : OrganizationType.ADVOCACY, 1999, null, null, "Somewhere",
                state, null, null, null, Set.of("en"), Set.of(members.issueArea()), Set.of(25), null, grassroots,
                false, true, Set.of(), Set.of(), false);
        return members.register(profile);
    }

    Instant now() {
        return clock.instant();
    }
}
