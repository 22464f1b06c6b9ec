package org.harambee.membership;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The hourly limit on applications from one network address counts every attempt, valid or not: otherwise
 * anyone could try addresses and names without end (decision 47). A context of its own, for a limit of three.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "harambee.membership.applications-per-hour=3")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApplicationThrottleIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;

    @Test
    void invalidApplicationsCountTowardTheHourlyLimitToo() throws Exception {
        for (String form : new String[] {"/apply/individual", "/apply/organization", "/apply/individual"}) {
            mvc.perform(from("203.0.113.7", post(form).param("name", ""))).andExpect(status().isOk());
        }
        mvc.perform(from("203.0.113.7", valid())).andExpect(status().isTooManyRequests());
        mvc.perform(from("203.0.113.8", valid())).andExpect(redirectedUrl("/apply/submitted"));
    }

    private MockHttpServletRequestBuilder valid() {
        return post("/apply/individual").param("name", MembershipFixtures.unique("Valid"))
                .param("email", MembershipFixtures.uniqueEmail("valid")).param("city", "El Paso").param("state", "TX")
                .param("issueAreas", String.valueOf(fixtures.issueArea()));
    }

    private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(sent -> {
            sent.setRemoteAddr(address);
            return sent;
        });
    }
}
