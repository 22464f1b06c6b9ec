package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.harambee.IntegrationTest;
import org.harambee.TestSmtp;
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
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SecondFactorFixtures secondFactorFixtures;
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
        people = new TestAccounts(accounts, encoder, secondFactorFixtures);
    }

    @Test
    void afterFiveFailuresABrowserThatNeverSignedInIsToldToWaitAndHowLongNeverThatTheRightPasswordIsWrong()
            throws Exception {
        Account account = people.create(Role.MEMBER);
        for (int i = 0; i < 5; i++) {
            signIn(account.email(), "wrong password " + i, TestAccounts.fromUniqueAddress())
                    .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        }
        String wait = signIn(account.email(), TestAccounts.PASSWORD, TestAccounts.fromUniqueAddress())
                .andExpect(unauthenticated()).andReturn().getResponse().getRedirectedUrl();
        assertThat(wait).matches("/login\\?wait=1[0-6]");
        mvc.perform(get(wait).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Your password was not checked")))
                .andExpect(content().string(containsString("Please wait one minute")))
                .andExpect(content().string(not(containsString("do not match"))));
        mvc.perform(get("/login?wait=290").header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Espere 5 minutos")));
        mvc.perform(get("/login?wait=abc").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("was not checked"))));
        assertThat(audit.findAll()).filteredOn(e -> e.action().equals("sign-in.throttled") && account.email().equals(e.subject()))
                .hasSize(1);
    }

    @Test
    void anAttackerElsewhereDoesNotKeepOutTheOwnerWhoseBrowserSignedInBefore() throws Exception {
        Account account = people.create(Role.MEMBER);
        Cookie device = signIn(account.email(), TestAccounts.PASSWORD, TestAccounts.fromUniqueAddress())
                .andExpect(authenticated()).andReturn().getResponse().getCookie(DeviceCookies.NAME);
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();
        assertThat(device.getValue()).doesNotContain(account.email());

        for (int i = 0; i < 12; i++) {
            signIn(account.email(), "guess " + i, TestAccounts.fromUniqueAddress()).andExpect(unauthenticated());
        }
        signIn(account.email(), TestAccounts.PASSWORD, TestAccounts.fromUniqueAddress())
                .andExpect(unauthenticated()).andExpect(redirectedUrlPattern("/login?wait=*"));

        mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromUniqueAddress()).cookie(device)
                        .param("username", account.email()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/dashboard")).andExpect(authenticated().withUsername(account.email()));
    }

    @Test
    void aDeviceCookieOfAnotherAccountOrAForgedOneGivesNoAllowanceOfItsOwn() throws Exception {
        Account owner = people.create(Role.MEMBER);
        Account target = people.create(Role.MEMBER);
        Cookie ownersDevice = signIn(owner.email(), TestAccounts.PASSWORD, TestAccounts.fromUniqueAddress())
                .andReturn().getResponse().getCookie(DeviceCookies.NAME);
        for (int i = 0; i < 5; i++) {
            signIn(target.email(), "guess " + i, TestAccounts.fromUniqueAddress()).andExpect(redirectedUrl("/login?error"));
        }
        for (Cookie presented : new Cookie[] {ownersDevice, new Cookie(DeviceCookies.NAME, "forged.signature"),
                new Cookie(DeviceCookies.NAME, ownersDevice.getValue().split("\\.")[0] + ".AAAA")}) {
            mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromUniqueAddress()).cookie(presented)
                            .param("username", target.email()).param("password", "one more guess"))
                    .andExpect(redirectedUrlPattern("/login?wait=*"));
        }
    }

    @Test
    void rightPasswordsAreNeverCountedSoABusySharedAccountIsNeverRefused() throws Exception {
        Account shared = people.create(Role.MEMBER);
        for (int i = 0; i < AccountThrottle.CHECKS_PER_HOUR + 5; i++) {
            signIn(shared.email(), TestAccounts.PASSWORD, TestAccounts.fromUniqueAddress())
                    .andExpect(redirectedUrl("/dashboard")).andExpect(authenticated());
        }
    }

    @Test
    void anUnknownAddressIsSlowedDownExactlyLikeAKnownOneAndWhatWasTypedIsNotKept() throws Exception {
        String unknown = TestAccounts.uniqueEmail("nobody");
        for (int i = 0; i < 5; i++) {
            signIn(unknown, "wrong password " + i, TestAccounts.fromUniqueAddress()).andExpect(redirectedUrl("/login?error"));
        }
        signIn(unknown, "wrong password", TestAccounts.fromUniqueAddress())
                .andExpect(redirectedUrlPattern("/login?wait=*"));
        assertThat(audit.findAll()).noneMatch(e -> String.join(" ", String.valueOf(e.actor()),
                String.valueOf(e.subject()), String.valueOf(e.details())).contains(unknown));
        assertThat(audit.findAll()).anyMatch(e -> e.action().equals("sign-in.throttled")
                && SignInAudit.UNKNOWN_ACCOUNT.equals(e.subject()));
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
