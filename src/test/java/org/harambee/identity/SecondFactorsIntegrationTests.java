package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.harambee.MovableClock;
import org.harambee.MovableClockConfiguration;
import org.harambee.TestSmtp;
import org.harambee.guards.HostileValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two-step sign-in end to end, through the real sign-in form and sessions: adding an authenticator app, the second
 * step (a code of the app, never the same one twice; a recovery code, once), other sessions ended by every change,
 * the throttle pacing codes, a password reset that still asks for the code, and an administrator's reset.
 */
@IntegrationTest
@Import(MovableClockConfiguration.class)
class SecondFactorsIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    private static final Pattern KEY = Pattern.compile("id=\"authenticator-key\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SecondFactorFixtures secondFactorFixtures;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecondFactors secondFactors;

    private final RequestPostProcessor address = TestAccounts.fromUniqueAddress();

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** An account with an authenticator app set up through the pages; its key, and its recovery codes. */
    private record Enrolled(Account account, byte[] key, List<String> recoveryCodes, MockHttpSession session) {
    }

    private Enrolled enrolled(Role... roles) throws Exception {
        return enrolled(new TestAccounts(accounts, encoder, secondFactorFixtures).createWithoutSecondFactor(roles));
    }

    private Enrolled enrolled(Account account) throws Exception {
        MockHttpSession session = signIn(account.email(), account.roles().stream().anyMatch(Role::wantsSecondFactor)
                ? SecondFactorsController.PATH : "/dashboard");
        String page = mvc.perform(get("/account/security/authenticator").session(session).with(address))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<svg").contains("class=\"qr-code\"");
        Matcher key = KEY.matcher(page);
        assertThat(key.find()).as("the key shown as text").isTrue();
        byte[] secret = AuthenticatorApp.key(key.group(1).replace(" ", ""));

        mvc.perform(post("/account/security/authenticator").session(session).with(csrf()).with(address)
                        .param("code", "000000").param("password", TestAccounts.PASSWORD))
                .andExpect(status().isUnprocessableEntity());
        MvcResult added = mvc.perform(post("/account/security/authenticator").session(session).with(csrf())
                        .with(address).param("code", Totp.code(secret, Totp.stepAt(clock.instant())))
                        .param("password", TestAccounts.PASSWORD))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store")).andReturn();
        List<String> codes = new ArrayList<>();
        Matcher code = RECOVERY_CODE.matcher(added.getResponse().getContentAsString());
        while (code.find()) {
            codes.add(code.group(1));
        }
        assertThat(codes).hasSize(SecondFactors.RECOVERY_CODES).doesNotHaveDuplicates();
        assertThat(accounts.findById(account.id()).orElseThrow().hasSecondFactor()).isTrue();
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        return new Enrolled(account, secret, codes, (MockHttpSession) added.getRequest().getSession(false));
    }

    @Test
    void anAuthenticatorAppAddedAsksForItsCodeAtEverySignInAndEndsTheOtherSessions() throws Exception {
        Account account = new TestAccounts(accounts, encoder, secondFactorFixtures).create(Role.MEMBER);
        MockHttpSession phone = signIn(account.email(), "/dashboard");
        Enrolled enrolled = enrolled(account);
        mvc.perform(get("/dashboard").session(phone).with(address)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/account/security").session(enrolled.session()).with(address)).andExpect(status().isOk());
        assertThat(TestAccounts.audited(jdbc, account, "second-factor.authenticator-added")).isEqualTo(1);
        TestAccounts.mailTo(greenMail, account.email(), "Your sign-in at");

        MockHttpSession halfway = signIn(account.email(), SecondStepController.PATH);
        mvc.perform(get("/dashboard").session(halfway).with(address)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account/security").session(halfway).with(address)).andExpect(redirectedUrl("/login"));
        mvc.perform(post(SecondStepController.PATH).session(halfway).with(csrf()).with(address).param("code", "12345"))
                .andExpect(status().isOk());
        String now = Totp.code(enrolled.key(), Totp.stepAt(clock.instant()));
        String idBefore = halfway.getId();
        MockHttpSession signedIn = secondStep(halfway, now, "/account/security");
        assertThat(signedIn.getId()).as("a new session id").isNotEqualTo(idBefore);
        mvc.perform(get("/dashboard").session(signedIn).with(address)).andExpect(status().isOk());

        MockHttpSession again = signIn(account.email(), SecondStepController.PATH);
        mvc.perform(post(SecondStepController.PATH).session(again).with(csrf()).with(address).param("code", now))
                .andExpect(status().isOk());
        assertThat(TestAccounts.audited(jdbc, account, "sign-in.second-step-failed")).isGreaterThanOrEqualTo(2);
        secondStep(again, Totp.code(enrolled.key(), Totp.stepAt(clock.instant()) + 1), "/dashboard");
    }

    @Test
    void aTreasurersRoleCannotBeUsedUntilTheyHaveASecondFactorAndAMemberChooses() throws Exception {
        Account treasurer = new TestAccounts(accounts, encoder, secondFactorFixtures)
                .createWithoutSecondFactor(Role.TREASURER);
        MockHttpSession session = signIn(treasurer.email(), "/account/security");
        mvc.perform(get("/treasury").session(session).with(address)).andExpect(status().isForbidden());
        String wanted = "Set up two-step sign-in: your role cannot be used until you do";
        assertThat(mvc.perform(get("/dashboard").session(session).with(address).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString()).contains(wanted);
        assertThat(mvc.perform(get("/account/security").session(session).with(address)
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString())
                .contains("Your role in the network (Treasurer) gives access", "it cannot be used until");
        Account admin = new TestAccounts(accounts, encoder, secondFactorFixtures).create(Role.ADMIN);
        String heldBack = "Until this person sets up a second factor, they are signed in without their staff";
        assertThat(mvc.perform(get("/admin/accounts/" + treasurer.id()).with(address).header("Accept-Language", "en")
                .with(new TestAccounts(accounts, encoder, secondFactorFixtures).as(admin))).andReturn().getResponse()
                .getContentAsString()).contains(heldBack);
        Enrolled enrolled = enrolled(treasurer);
        mvc.perform(get("/treasury").session(enrolled.session()).with(address)).andExpect(status().isOk());
        assertThat(mvc.perform(get("/admin/accounts/" + treasurer.id()).with(address).header("Accept-Language", "en")
                .with(new TestAccounts(accounts, encoder, secondFactorFixtures).as(admin))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(heldBack);
        assertThat(mvc.perform(get("/dashboard").session(enrolled.session()).with(address)
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString())
                .doesNotContain(wanted).contains("Two-step sign-in");

        Account member = new TestAccounts(accounts, encoder, secondFactorFixtures).create(Role.MEMBER);
        assertThat(mvc.perform(get("/dashboard").session(signIn(member.email(), "/dashboard")).with(address)
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString())
                .doesNotContain(wanted).contains("Two-step sign-in");
    }

    @Test
    void aRecoveryCodeSignsInOnceAndThePersonIsTold() throws Exception {
        Enrolled enrolled = enrolled(Role.MEMBER);
        String code = enrolled.recoveryCodes().get(3);
        secondStep(signIn(enrolled.account().email(), SecondStepController.PATH), code.toUpperCase(), "/dashboard");
        TestAccounts.mailTo(greenMail, enrolled.account().email(), "A recovery code was used");
        MockHttpSession again = signIn(enrolled.account().email(), SecondStepController.PATH);
        mvc.perform(post(SecondStepController.PATH).session(again).with(csrf()).with(address).param("code", code))
                .andExpect(status().isOk());
        mvc.perform(get("/dashboard").session(again).with(address)).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.queryForObject("select count(*) from account_recovery_code where account_id = ?",
                Integer.class, enrolled.account().id())).isEqualTo(SecondFactors.RECOVERY_CODES - 1);
        assertThat(jdbc.queryForList("select code_hash from account_recovery_code where account_id = ?",
                String.class, enrolled.account().id())).noneMatch(hash -> enrolled.recoveryCodes().stream()
                        .anyMatch(hash::contains));
    }

    @Test
    void theKeyIsSealedAndTheCodeStepWaitsOnlyFiveMinutes() throws Exception {
        Enrolled enrolled = enrolled(Role.MEMBER);
        String sealed = jdbc.queryForObject("select sealed_secret from account_authenticator where account_id = ?",
                String.class, enrolled.account().id());
        assertThat(sealed).doesNotContain(Totp.base32(enrolled.key()));
        MockHttpSession halfway = signIn(enrolled.account().email(), SecondStepController.PATH);
        clock.advance(Duration.ofMinutes(SecondStep.MINUTES).plusSeconds(1));
        mvc.perform(post(SecondStepController.PATH).session(halfway).with(csrf()).with(address)
                        .param("code", Totp.code(enrolled.key(), Totp.stepAt(clock.instant()))))
                .andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void wrongCodesArePacedLikePasswordsWithoutLockingTheOwnerOut() throws Exception {
        Enrolled enrolled = enrolled(Role.MEMBER);
        MockHttpSession halfway = signIn(enrolled.account().email(), SecondStepController.PATH);
        int refused = 0;
        for (int i = 0; i < 12 && refused == 0; i++) {
            int status = mvc.perform(post(SecondStepController.PATH).session(halfway).with(csrf()).with(address)
                    .param("code", String.format("%06d", i))).andReturn().getResponse().getStatus();
            refused = status == 429 ? i : 0;
        }
        assertThat(refused).as("a refusal came after a few wrong codes").isBetween(3, 11);
        mvc.perform(post(SecondStepController.PATH).session(halfway).with(csrf()).with(address)
                        .param("code", Totp.code(enrolled.key(), Totp.stepAt(clock.instant()))))
                .andExpect(status().isTooManyRequests());
        clock.advance(Duration.ofMinutes(1));
        MockHttpSession later = signIn(enrolled.account().email(), SecondStepController.PATH);
        secondStep(later, Totp.code(enrolled.key(), Totp.stepAt(clock.instant())), "/dashboard");
    }

    @Test
    void removingTheAppOrMakingNewRecoveryCodesAsksForThePassword() throws Exception {
        Enrolled enrolled = enrolled(Role.MEMBER);
        mvc.perform(post("/account/security/recovery-codes").session(enrolled.session()).with(csrf()).with(address)
                .param("password", "not it")).andExpect(status().isUnprocessableEntity());
        MvcResult made = mvc.perform(post("/account/security/recovery-codes").session(enrolled.session()).with(csrf())
                        .with(address).param("password", TestAccounts.PASSWORD))
                .andExpect(status().isOk()).andReturn();
        Matcher code = RECOVERY_CODE.matcher(made.getResponse().getContentAsString());
        assertThat(code.find()).isTrue();
        MockHttpSession session = (MockHttpSession) made.getRequest().getSession(false);
        MockHttpSession halfway = signIn(enrolled.account().email(), SecondStepController.PATH);
        mvc.perform(post(SecondStepController.PATH).session(halfway).with(csrf()).with(address)
                .param("code", enrolled.recoveryCodes().get(0))).andExpect(status().isOk());

        mvc.perform(post("/account/security/authenticator/remove").session(session).with(csrf()).with(address)
                .param("password", "not it")).andExpect(status().isUnprocessableEntity());
        assertThat(accounts.findById(enrolled.account().id()).orElseThrow().hasSecondFactor()).isTrue();
        mvc.perform(post("/account/security/authenticator/remove").session(session).with(csrf()).with(address)
                .param("password", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/account/security"));
        assertThat(accounts.findById(enrolled.account().id()).orElseThrow().hasSecondFactor()).isFalse();
        signIn(enrolled.account().email(), "/dashboard");
    }

    @Test
    void aPasswordResetStillAsksForTheCode() throws Exception {
        Enrolled enrolled = enrolled(Role.MEMBER);
        mvc.perform(post("/password/forgot").with(csrf()).with(address).param("email", enrolled.account().email()));
        String link = TestAccounts.linkMailedTo(greenMail, enrolled.account().email(), "/password/reset/");
        String chosen = "a brand new passphrase for two steps";
        MvcResult reset = mvc.perform(post(link).with(csrf()).with(address).param("password", chosen)
                .param("confirmation", chosen)).andExpect(redirectedUrl(SecondStepController.PATH)).andReturn();
        MockHttpSession halfway = (MockHttpSession) reset.getRequest().getSession(false);
        mvc.perform(get("/dashboard").session(halfway).with(address)).andExpect(redirectedUrl("/login"));
        secondStep(halfway, Totp.code(enrolled.key(), Totp.stepAt(clock.instant())), "/dashboard");
    }

    @Test
    void anAdministratorRemovesTheSecondFactorOfAPersonWhoLostItAndThePersonIsToldAndSignedOut() throws Exception {
        Enrolled enrolled = enrolled(Role.MEMBER);
        Account admin = new TestAccounts(accounts, encoder, secondFactorFixtures).create(Role.ADMIN);
        mvc.perform(post("/admin/accounts/" + enrolled.account().id() + "/second-factors/reset")
                        .with(new TestAccounts(accounts, encoder, secondFactorFixtures).as(admin)).with(csrf()).with(address))
                .andExpect(redirectedUrl("/admin/accounts/" + enrolled.account().id()));
        assertThat(accounts.findById(enrolled.account().id()).orElseThrow().hasSecondFactor()).isFalse();
        assertThat(TestAccounts.audited(jdbc, enrolled.account(), "second-factor.reset")).isEqualTo(1);
        TestAccounts.mailTo(greenMail, enrolled.account().email(), "Your second factor at");
        mvc.perform(get("/dashboard").session(enrolled.session()).with(address))
                .andExpect(status().is3xxRedirection());
        signIn(enrolled.account().email(), "/dashboard");

        Account member = new TestAccounts(accounts, encoder, secondFactorFixtures).create(Role.MEMBER);
        mvc.perform(post("/admin/accounts/" + admin.id() + "/second-factors/reset")
                        .with(new TestAccounts(accounts, encoder, secondFactorFixtures).as(member)).with(csrf()).with(address))
                .andExpect(status().isForbidden());
    }

    @Test
    void hostileCodesAndPasswordsAreRefusedWithoutAServerFailureAndChangeNothing() throws Exception {
        Enrolled enrolled = enrolled(Role.MEMBER);
        MockHttpSession session = enrolled.session();
        mvc.perform(get("/account/security/authenticator").session(session).with(address)).andExpect(status().isOk());
        String sealed = jdbc.queryForObject("select sealed_secret from account_authenticator where account_id = ?",
                String.class, enrolled.account().id());
        for (HostileValues.Hostile hostile : HostileValues.forType(String.class)) {
            if (hostile.raw()) {
                continue;
            }
            assertThat(secondFactors.prove(enrolled.account().id(), hostile.value(), Locale.ENGLISH))
                    .as(hostile.label()).isEmpty();
            for (String password : List.of(hostile.value(), TestAccounts.PASSWORD)) {
                int status = mvc.perform(post("/account/security/authenticator").session(session).with(csrf())
                        .with(address).param("code", hostile.value()).param("password", password))
                        .andReturn().getResponse().getStatus();
                assertThat(status).as(hostile.label()).isEqualTo(422);
            }
        }
        assertThat(jdbc.queryForObject("select sealed_secret from account_authenticator where account_id = ?",
                String.class, enrolled.account().id())).isEqualTo(sealed);
        assertThat(secondFactors.standing(enrolled.account().id()).recoveryCodesLeft())
                .isEqualTo(SecondFactors.RECOVERY_CODES);
    }

    private MockHttpSession signIn(String email, String leadsTo) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", email)
                        .param("password", TestAccounts.PASSWORD).with(csrf()).with(address))
                .andExpect(redirectedUrl(leadsTo)).andReturn().getRequest().getSession(false);
    }

    /** Passes the second step; it leads to {@code leadsTo}, the page asked for before (kept by the first step). */
    private MockHttpSession secondStep(MockHttpSession halfway, String code, String leadsTo) throws Exception {
        MvcResult passed = mvc.perform(post(SecondStepController.PATH).session(halfway).with(csrf())
                .with(address).param("code", code)).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(passed.getResponse().getRedirectedUrl()).matches("(http://localhost)?" + Pattern.quote(leadsTo)
                + "(\\?continue)?");
        return (MockHttpSession) passed.getRequest().getSession(false);
    }
}
