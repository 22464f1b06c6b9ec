package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.servlet.RequestDispatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.harambee.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class SignInThrottleIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditEntries audit;
    @Autowired
    AccountThrottles accountThrottles;
    @Autowired
    AddressThrottles addressThrottles;
    @Autowired
    AccountTokens tokens;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    SingleUseLinks links;

    TestAccounts people;

    @BeforeEach
    void setUp() {
        people = new TestAccounts(accounts, encoder);
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaitsAndTheAnswerIsTheGenericOne() throws Exception {
        Account account = people.create(Role.MEMBER);
        for (int i = 0; i < 5; i++) {
            signIn(account.email(), "wrong password " + i, TestAccounts.fromUniqueAddress())
                    .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        }
        signIn(account.email(), TestAccounts.PASSWORD, TestAccounts.fromUniqueAddress())
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        assertThat(audit.findAll()).filteredOn(e -> e.action().equals("sign-in.throttled") && account.email().equals(e.subject()))
                .hasSize(1);
    }

    @Test
    void anUnknownAddressIsSlowedDownExactlyLikeAKnownOne() throws Exception {
        String unknown = TestAccounts.uniqueEmail("nobody");
        for (int i = 0; i < 6; i++) {
            signIn(unknown, "wrong password " + i, TestAccounts.fromUniqueAddress()).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(audit.findAll()).anyMatch(e -> e.action().equals("sign-in.throttled") && unknown.equals(e.subject()));
    }

    @Test
    void theRealOwnerCanResetTheirPasswordWhileTheirAccountIsHammered() throws Exception {
        Account account = people.create(Role.MEMBER);
        for (int i = 0; i < 25; i++) {
            signIn(account.email(), "guess number " + i, TestAccounts.fromUniqueAddress());
        }
        mvc.perform(post("/password/forgot").with(csrf()).with(TestAccounts.fromUniqueAddress())
                .param("email", account.email())).andExpect(redirectedUrl("/password/forgot/sent"));
        String link = TestAccounts.linkMailedTo(greenMail, account.email(), "/password/reset/");
        mvc.perform(post(link).with(csrf()).param("password", "seven quiet herons fly")
                        .param("confirmation", "seven quiet herons fly"))
                .andExpect(redirectedUrl("/dashboard"))
                .andExpect(authenticated().withUsername(account.email()));
        signIn(account.email(), "seven quiet herons fly", TestAccounts.fromUniqueAddress())
                .andExpect(redirectedUrl("/dashboard")).andExpect(authenticated());
    }

    @Test
    void oneAddressGetsThirtyAttemptsAMinuteThenTooManyRequests() throws Exception {
        RequestPostProcessor address = TestAccounts.fromUniqueAddress();
        for (int i = 0; i < 30; i++) {
            signIn(TestAccounts.uniqueEmail("spray"), "wrong password", address).andExpect(redirectedUrl("/login?error"));
        }
        signIn(TestAccounts.uniqueEmail("spray"), "wrong password", address)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(post("/password/forgot").with(csrf()).with(address).param("email", "someone@example.org"))
                .andExpect(status().isTooManyRequests());
        assertThat(audit.findAll()).anyMatch(e -> e.action().equals("sign-in.rate-limited"));
        signIn(TestAccounts.uniqueEmail("other"), "wrong password", TestAccounts.fromUniqueAddress())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void tooManyRequestsShowsTheFriendlyPage() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 429).accept(MediaType.TEXT_HTML)
                        .header("Accept-Language", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Too many attempts")));
    }

    @Test
    void overlongInputIsRefusedLikeAWrongPassword() throws Exception {
        signIn("a".repeat(5000) + "@example.org", "whatever it is", TestAccounts.fromUniqueAddress())
                .andExpect(redirectedUrl("/login?error"));
        Account account = people.create(Role.MEMBER);
        signIn(account.email(), "p".repeat(100_000), TestAccounts.fromUniqueAddress())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void oldThrottleStateAndLongExpiredLinksArePurged() {
        Instant longAgo = Instant.now().minus(Duration.ofDays(40));
        String key = AccountToken.hash("test\n" + UUID.randomUUID());
        accountThrottles.save(new AccountThrottle(key, longAgo));
        addressThrottles.save(new AddressThrottle(key, longAgo));
        AccountToken.Issued expired = AccountToken.issue(people.create(Role.MEMBER).id(),
                AccountToken.Purpose.PASSWORD_RESET, longAgo);
        tokens.save(expired.token());

        throttle.purge();
        links.deleteLongExpired();

        assertThat(accountThrottles.findById(key)).isEmpty();
        assertThat(addressThrottles.findById(key)).isEmpty();
        assertThat(tokens.findByTokenHash(AccountToken.hash(expired.secret()))).isEmpty();
    }

    private ResultActions signIn(String email, String password, RequestPostProcessor address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(address).param("username", email).param("password", password));
    }
}
