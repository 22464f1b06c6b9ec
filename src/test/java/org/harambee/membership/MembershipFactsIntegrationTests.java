package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The home page's numbers are of what each reader may see listed (decision 48): an organization that chose not
 * to be listed publicly is counted for members and staff, never for visitors, who see no individual members
 * either.
 */
@IntegrationTest
class MembershipFactsIntegrationTests {

    private static final Pattern FACT = Pattern.compile("<span class=\"stat\">(\\d+)</span>([^<]+)</div>");

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;

    @Test
    void theHomePageCountsOnlyTheOrganizationsEachReaderMaySeeListed() throws Exception {
        HarambeeUser member = fixtures.account(Role.MEMBER);
        HarambeeUser staff = fixtures.account(Role.STAFF);
        Map<String, Long> visitorBefore = facts(null);
        Map<String, Long> memberBefore = facts(member);
        Map<String, Long> staffBefore = facts(staff);

        fixtures.organization(MembershipFixtures.unique("Unlisted founder"), MembershipStatus.ACTIVE, false);

        String organizations = "active member organizations";
        assertThat(facts(null)).isEqualTo(visitorBefore).doesNotContainKey("individual members");
        assertThat(facts(member).get(organizations)).isEqualTo(memberBefore.get(organizations) + 1);
        assertThat(facts(staff).get(organizations)).isEqualTo(staffBefore.get(organizations) + 1);
    }

    private Map<String, Long> facts(HarambeeUser reader) throws Exception {
        MockHttpServletRequestBuilder request = get("/").header("Accept-Language", "en");
        String page = mvc.perform(reader == null ? request : request.with(user(reader))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Map<String, Long> facts = new HashMap<>();
        Matcher fact = FACT.matcher(page);
        while (fact.find()) {
            facts.put(fact.group(2).strip(), Long.parseLong(fact.group(1)));
        }
        assertThat(facts).containsKey("active member organizations");
        return facts;
    }
}
