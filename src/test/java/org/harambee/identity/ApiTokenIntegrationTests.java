package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class ApiTokenIntegrationTests {

    private static final Pattern TOKEN = Pattern.compile("hrb_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    AuditEntries audit;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SecondFactorFixtures secondFactorFixtures;

    private TestAccounts people;
    private final RequestPostProcessor address = TestAccounts.fromUniqueAddress();

    @BeforeEach
    void setUp() {
        people = new TestAccounts(accounts, encoder, secondFactorFixtures);
    }

    @Test
    void aNewTokenIsShownOnceAndOnlyItsHashIsStored() throws Exception {
        Account member = people.create(Role.MEMBER);

        String secret = create(member, "Newsletter sync");

        ApiToken stored = apiTokens.live(member.id()).get(0);
        assertThat(stored.name()).isEqualTo("Newsletter sync");
        assertThat(stored.tokenHash()).isEqualTo(AccountToken.hash(secret)).doesNotContain(secret.substring(4));
        mvc.perform(get("/account/tokens").with(people.as(member)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Newsletter sync")))
                .andExpect(content().string(not(containsString(secret))));
        assertThat(audit.findAll()).anyMatch(e -> e.action().equals("api-token.created")
                && member.email().equals(e.subject()) && "Newsletter sync".equals(e.details()));
    }

    @Test
    void aTokenIsAnsweredAsItsOwnerWithTheirRolesAndNoSession() throws Exception {
        Account representative = people.create(Role.MEMBER, Role.REPRESENTATIVE);
        String secret = create(representative, "Phone app");

        MockHttpServletResponse response = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.email").value(representative.email()))
                .andExpect(jsonPath("$.displayName").value(representative.displayName()))
                .andExpect(jsonPath("$.roles[0]").value("MEMBER"))
                .andExpect(jsonPath("$.roles[1]").value("REPRESENTATIVE"))
                .andReturn().getResponse();
        assertThat(response.getHeader("Set-Cookie")).isNull();
        assertThat(response.getCookie("JSESSIONID")).isNull();
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "bearer " + secret))
                .andExpect(status().isOk()).andReturn().getRequest().getSession(false)).isNull();
        assertThat(apiTokens.live(representative.id()).get(0).lastUsedAt()).isNotNull();
    }

    @Test
    void aRevokedTokenIsRefusedWithProblemJson() throws Exception {
        Account member = people.create(Role.MEMBER);
        String secret = create(member, "Old laptop");
        long id = apiTokens.live(member.id()).get(0).id();

        mvc.perform(post("/account/tokens/" + id + "/revoke").with(people.as(member)).with(csrf()))
                .andExpect(redirectedUrl("/account/tokens"));

        unauthorized(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret).with(address)))
                .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")));
        assertThat(apiTokens.live(member.id())).isEmpty();
        assertThat(audit.findAll()).anyMatch(e -> e.action().equals("api-token.revoked")
                && member.email().equals(e.subject()) && "Old laptop".equals(e.details()));
        mvc.perform(get("/account/tokens").with(people.as(member)))
                .andExpect(content().string(not(containsString("Old laptop"))));
    }

    @Test
    void unknownAndMalformedTokensAreRefusedWithProblemJsonNeverARedirect() throws Exception {
        for (String authorization : new String[] {"Bearer hrb_" + "A".repeat(43), "Bearer nonsense", "Bearer ",
                "Bearer hrb_" + "A".repeat(42) + "\u00e9"}) {
            unauthorized(mvc.perform(get("/api/v1/me").header("Authorization", authorization).with(address)));
        }
        MockHttpServletRequest anonymous = unauthorized(mvc.perform(get("/api/v1/me").with(address)
                        .header("Accept", "text/html")))
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andReturn().getRequest();
        assertThat(anonymous.getSession(false)).as("no session remembers where an API request wanted to go").isNull();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer nonsense").with(address)
                        .header("Accept-Language", "es"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("no funciona")));
    }

    @Test
    void anotherAccountsTokenCannotBeRevoked() throws Exception {
        Account owner = people.create(Role.MEMBER);
        Account other = people.create(Role.STAFF);
        String secret = create(owner, "Owner's script");
        long id = apiTokens.live(owner.id()).get(0).id();

        mvc.perform(post("/account/tokens/" + id + "/revoke").with(people.as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/account/tokens/" + (id + 1_000_000) + "/revoke").with(people.as(owner)).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(apiTokens.live(owner.id())).hasSize(1);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
    }

    @Test
    void aDisabledAccountsTokensStopWorking() throws Exception {
        Account member = people.create(Role.MEMBER);
        String secret = create(member, "Sync");
        Account disabled = people.reload(member);
        disabled.disable();
        accounts.save(disabled);

        unauthorized(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret).with(address)));
    }

    @Test
    void changingThePasswordRevokesEveryToken() throws Exception {
        Account member = people.create(Role.MEMBER);
        String first = create(member, "Sync");
        String second = create(member, "Newsletter");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + first).with(address))
                .andExpect(status().isOk());

        String newPassword = "a quite different passphrase " + member.id();
        mvc.perform(post("/account/password").with(people.as(member)).with(csrf()).with(address)
                        .param("current", TestAccounts.PASSWORD).param("password", newPassword)
                        .param("confirmation", newPassword))
                .andExpect(redirectedUrl("/dashboard"));

        unauthorized(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + first).with(address)));
        unauthorized(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + second).with(address)));
        assertThat(apiTokens.live(member.id())).isEmpty();
        assertThat(audit.findAll()).anyMatch(e -> e.action().equals("api-token.revoked-all")
                && member.email().equals(e.subject()) && "2 tokens".equals(e.details()));
    }

    @Test
    void bearerRequestsNeedNoCsrfTokenButSessionRequestsStillDo() throws Exception {
        Account member = people.create(Role.MEMBER);
        String secret = create(member, "Sync");

        mvc.perform(post("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(post("/api/v1/me").with(people.as(member)).with(address)).andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens").header("Authorization", "Bearer " + secret).param("name", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFormExplainsWhatIsWrongAtTheField() throws Exception {
        Account member = people.create(Role.MEMBER);
        mvc.perform(post("/account/tokens").with(people.as(member)).with(csrf()).param("name", " ")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("Give the token a name.")));
        mvc.perform(post("/account/tokens").with(people.as(member)).with(csrf()).param("name", "x".repeat(81))
                        .header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Use como máximo 80 caracteres.")));
        assertThat(apiTokens.live(member.id())).isEmpty();
    }

    @Test
    void anAccountHasAtMostTenTokens() throws Exception {
        Account member = people.create(Role.MEMBER);
        for (int i = 1; i <= 10; i++) {
            create(member, "Token " + i);
        }
        String page = mvc.perform(post("/account/tokens").with(people.as(member)).with(csrf()).param("name", "Eleventh")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have 10 tokens, the most one account may have.")))
                .andReturn().getResponse().getContentAsString();
        assertThat(TOKEN.matcher(page).find()).isFalse();
        assertThat(apiTokens.live(member.id())).hasSize(10);
    }

    @Test
    void visitorsAreSentToSignInAndAccountsWithoutARoleAreRefused() throws Exception {
        mvc.perform(get("/account/tokens")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/account/tokens").with(csrf()).param("name", "x")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account/tokens").with(people.as(people.create()))).andExpect(status().isForbidden());
    }

    @Test
    void theDashboardLinksToTheTokens() throws Exception {
        mvc.perform(get("/dashboard").with(people.as(people.create(Role.MEMBER))).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("href=\"/account/tokens\"")));
    }

    /** Creates a token through the page and returns it as the page shows it, once. */
    private String create(Account account, String name) throws Exception {
        String page = mvc.perform(post("/account/tokens").with(people.as(account)).with(csrf()).param("name", name))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).as("the new token is on the page").isTrue();
        return token.group();
    }

    private static ResultActions unauthorized(ResultActions result) throws Exception {
        return result.andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(header().doesNotExist("Location"));
    }
}
