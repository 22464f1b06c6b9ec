package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The real filter with the default limits: 60 requests a minute per address without a token, 120 per
 * token. An allowance only refills as time passes, so the first 60 (or 120) requests are always admitted,
 * and requests made faster than one a second soon meet a 429.
 */
@IntegrationTest
class ApiRateLimitIntegrationTests {

    private static final int BOUND = 400;

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SecondFactorFixtures secondFactorFixtures;

    @Test
    void requestsWithoutATokenAreLimitedPerClientAddress() throws Exception {
        RequestPostProcessor address = TestAccounts.fromUniqueAddress();
        int admitted = admittedBeforeRefusal(get("/api/v1/me").with(address));
        assertThat(admitted).isGreaterThanOrEqualTo(60).isLessThan(BOUND);

        assertThat(mvc.perform(get("/api/v1/me").with(TestAccounts.fromUniqueAddress())).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
    }

    @Test
    void requestsWithATokenAreLimitedPerTokenNotPerAddress() throws Exception {
        TestAccounts people = new TestAccounts(accounts, encoder, secondFactorFixtures);
        Account member = people.create(Role.MEMBER);
        String page = mvc.perform(post("/account/tokens").with(people.as(member)).with(csrf()).param("name", "Busy"))
                .andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("hrb_[A-Za-z0-9_-]{43}").matcher(page);
        assertThat(token.find()).isTrue();
        RequestPostProcessor address = TestAccounts.fromUniqueAddress();

        int admitted = admittedBeforeRefusal(get("/api/v1/me").header("Authorization", "Bearer " + token.group())
                .with(address));
        assertThat(admitted).isGreaterThanOrEqualTo(120).isLessThan(BOUND);

        assertThat(mvc.perform(get("/api/v1/me").with(address)).andReturn().getResponse().getStatus())
                .as("the token's requests did not use up the address's allowance").isEqualTo(401);
    }

    /** Sends the request until it is refused, checks the refusal, and returns how many were admitted before. */
    private int admittedBeforeRefusal(MockHttpServletRequestBuilder request) throws Exception {
        for (int i = 0; i < BOUND; i++) {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            if (response.getStatus() == 429) {
                assertThat(Long.parseLong(response.getHeader("Retry-After"))).isBetween(1L, 60L);
                assertThat(MediaType.parseMediaType(response.getContentType()))
                        .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
                assertThat(response.getContentAsString()).contains("\"status\":429").contains("\"title\":\"Too Many Requests\"")
                        .contains("\"detail\":");
                return i;
            }
        }
        return BOUND;
    }
}
