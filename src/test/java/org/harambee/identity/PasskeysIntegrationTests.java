package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.harambee.IntegrationTest;
import org.harambee.TestSmtp;
import org.harambee.guards.HostileValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Passkeys end to end through the pages and the sign-in, with a passkey kept in software ({@link SoftwarePasskey})
 * answering as an authenticator would: adding one (name and password asked; recovery codes with the first factor;
 * other sessions ended; audited and e-mailed), signing in with it alone and at the second step, and what must never
 * pass: an answer replayed, signed for another origin, another person's passkey at someone's second step, a passkey
 * of a disabled account, one removed or reset by an administrator, another person's passkey removed by id.
 */
@IntegrationTest
class PasskeysIntegrationTests {

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
    JdbcTemplate jdbc;
    @Autowired
    RelyingParty relyingParty;

    private final RequestPostProcessor address = TestAccounts.fromUniqueAddress();

    /** A person with a passkey added through the security page, and the session it was added in. */
    private record Holder(Account account, SoftwarePasskey passkey, MockHttpSession session) {
    }

    private Holder holder() throws Exception {
        return holderOf(new TestAccounts(accounts, encoder, secondFactorFixtures).create(Role.MEMBER));
    }

    private Holder holderOf(Account account) throws Exception {
        MockHttpSession session = signIn(account.email(), "/dashboard");
        SoftwarePasskey passkey = new SoftwarePasskey();
        mvc.perform(post("/account/security/passkeys/options").session(session).with(csrf()).with(address)
                .param("label", "My phone").param("passkeyPassword", "not my password"))
                .andExpect(status().isUnprocessableEntity());
        String options = options(post("/account/security/passkeys/options").session(session).with(csrf())
                .with(address).param("label", "My phone").param("passkeyPassword", TestAccounts.PASSWORD));
        assertThat(options).contains("\"userVerification\":\"required\"", "\"residentKey\":\"required\"",
                "\"name\":\"" + account.email() + "\"").doesNotContain(account.id().toString());
        MvcResult added = mvc.perform(post("/account/security/passkeys").session(session).with(csrf())
                        .with(address).param("label", "My phone").param("passkeyPassword", TestAccounts.PASSWORD)
                        .param("credential", passkey.made(options, relyingParty.origin())))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store")).andReturn();
        assertThat(added.getResponse().getContentAsString()).contains("class=\"recovery-codes\"");
        assertThat(accounts.findById(account.id()).orElseThrow().hasSecondFactor()).isTrue();
        return new Holder(account, passkey, (MockHttpSession) added.getRequest().getSession(false));
    }

    @Test
    void aPasskeyAddedOnTheSecurityPageSignsInAloneAndEndsTheOtherSessions() throws Exception {
        Account account = new TestAccounts(accounts, encoder, secondFactorFixtures).create(Role.MEMBER);
        MockHttpSession phone = signIn(account.email(), "/dashboard");
        Holder holder = holderOf(account);
        mvc.perform(get("/dashboard").session(phone).with(address)).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/account/security").session(holder.session()).with(address))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("My phone", "You have 10 recovery codes left");
        assertThat(TestAccounts.audited(jdbc, account, "second-factor.passkey-added")).isEqualTo(1);
        TestAccounts.mailTo(greenMail, account.email(), "Your sign-in at");

        MockHttpSession visitor = new MockHttpSession();
        String options = options(post("/login/passkey/options").session(visitor).with(csrf()).with(address));
        assertThat(options).contains("\"allowCredentials\":[]");
        String shown = holder.passkey().shown(options, relyingParty.origin());
        String visitorId = visitor.getId();
        MvcResult signedIn = mvc.perform(post("/login/passkey").session(visitor).with(csrf()).with(address)
                .param("credential", shown)).andExpect(redirectedUrl("/dashboard")).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        assertThat(session.getId()).as("a new session id").isNotEqualTo(visitorId);
        mvc.perform(get("/dashboard").session(session).with(address)).andExpect(status().isOk());
        assertThat(TestAccounts.audited(jdbc, account, "sign-in.passkey")).isEqualTo(1);

        MockHttpSession replay = new MockHttpSession();
        mvc.perform(post("/login/passkey").session(replay).with(csrf()).with(address).param("credential", shown))
                .andExpect(redirectedUrl("/login?passkey"));
        options(post("/login/passkey/options").session(replay).with(csrf()).with(address));
        mvc.perform(post("/login/passkey").session(replay).with(csrf()).with(address).param("credential", shown))
                .andExpect(redirectedUrl("/login?passkey"));
        mvc.perform(get("/dashboard").session(replay).with(address)).andExpect(redirectedUrl("/login"));

        MockHttpSession elsewhere = new MockHttpSession();
        String asked = options(post("/login/passkey/options").session(elsewhere).with(csrf()).with(address));
        mvc.perform(post("/login/passkey").session(elsewhere).with(csrf()).with(address)
                        .param("credential", holder.passkey().shown(asked, "https://harambee.example.net")))
                .andExpect(redirectedUrl("/login?passkey"));
        mvc.perform(get("/dashboard").session(elsewhere).with(address)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void afterThePasswordOnlyThePersonsOwnPasskeyPassesTheSecondStep() throws Exception {
        Holder holder = holder();
        Holder other = holder();
        MockHttpSession halfway = signIn(holder.account().email(), SecondStepController.PATH);
        assertThat(mvc.perform(get(SecondStepController.PATH).session(halfway).with(address)).andReturn()
                .getResponse().getContentAsString()).contains("data-passkey=\"show\"");
        String options = options(post("/login/passkey/options").session(halfway).with(csrf()).with(address));
        assertThat(options).contains(holder.passkey().id()).doesNotContain(other.passkey().id());
        mvc.perform(post("/login/passkey").session(halfway).with(csrf()).with(address)
                        .param("credential", other.passkey().shown(options, relyingParty.origin())))
                .andExpect(redirectedUrl("/login?passkey"));
        mvc.perform(get("/dashboard").session(halfway).with(address)).andExpect(redirectedUrl("/login"));

        MockHttpSession again = signIn(holder.account().email(), SecondStepController.PATH);
        options = options(post("/login/passkey/options").session(again).with(csrf()).with(address));
        MvcResult passed = mvc.perform(post("/login/passkey").session(again).with(csrf()).with(address)
                        .param("credential", holder.passkey().shown(options, relyingParty.origin())))
                .andExpect(redirectedUrl("/dashboard")).andReturn();
        mvc.perform(get("/dashboard").session((MockHttpSession) passed.getRequest().getSession(false))
                .with(address)).andExpect(status().isOk());
    }

    @Test
    void aPasskeyIsRemovedOnlyByItsHolderWithTheirPasswordAndADisabledOrResetAccountsPasskeyNoLongerSignsIn()
            throws Exception {
        Holder holder = holder();
        Holder other = holder();
        mvc.perform(post("/account/security/passkeys/remove").session(holder.session()).with(csrf()).with(address)
                        .param("passkey", other.passkey().id()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/account/security"));
        assertThat(passkeys(other.account())).as("another person's passkey, named by its id").isEqualTo(1);
        mvc.perform(post("/account/security/passkeys/remove").session(holder.session()).with(csrf()).with(address)
                        .param("passkey", holder.passkey().id()).param("password", "not my password"))
                .andExpect(status().isUnprocessableEntity());
        assertThat(passkeys(holder.account())).isEqualTo(1);
        MvcResult removed = mvc.perform(post("/account/security/passkeys/remove").session(holder.session())
                        .with(csrf()).with(address).param("passkey", holder.passkey().id())
                        .param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/account/security")).andReturn();
        assertThat(removed.getFlashMap().get("notice")).isEqualTo("security.passkey.removed");
        assertThat(passkeys(holder.account())).isZero();
        Account after = accounts.findById(holder.account().id()).orElseThrow();
        assertThat(after.hasSecondFactor()).as("it was the last factor").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from account_recovery_code where account_id = ?",
                Integer.class, after.id())).as("recovery codes go with the last factor").isZero();
        assertThat(TestAccounts.audited(jdbc, holder.account(), "second-factor.passkey-removed")).isEqualTo(1);
        assertThat(signInWith(holder.passkey())).isEqualTo("/login?passkey");

        Account admin = new TestAccounts(accounts, encoder, secondFactorFixtures).create(Role.ADMIN);
        mvc.perform(post("/admin/accounts/" + other.account().id() + "/second-factors/reset")
                        .with(new TestAccounts(accounts, encoder, secondFactorFixtures).as(admin)).with(csrf()).with(address))
                .andExpect(redirectedUrl("/admin/accounts/" + other.account().id()));
        assertThat(passkeys(other.account())).isZero();
        assertThat(signInWith(other.passkey())).isEqualTo("/login?passkey");

        Holder disabled = holder();
        Account account = accounts.findById(disabled.account().id()).orElseThrow();
        account.disable();
        accounts.save(account);
        assertThat(signInWith(disabled.passkey())).isEqualTo("/login?passkey");
    }

    @Test
    void hostileNamesAndAnswersAreRefusedAtTheFormWithoutAServerFailure() throws Exception {
        Holder holder = holder();
        for (HostileValues.Hostile hostile : HostileValues.forType(String.class)) {
            if (hostile.raw()) {
                continue;
            }
            String options = options(post("/account/security/passkeys/options").session(holder.session())
                    .with(csrf()).with(address).param("label", "Laptop")
                    .param("passkeyPassword", TestAccounts.PASSWORD));
            assertThat(options).isNotEmpty();
            int status = mvc.perform(post("/account/security/passkeys").session(holder.session()).with(csrf())
                            .with(address).param("label", "Laptop").param("passkeyPassword", TestAccounts.PASSWORD)
                            .param("credential", hostile.value()))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(hostile.label()).isEqualTo(422);
            status = mvc.perform(post("/account/security/passkeys/options").session(holder.session()).with(csrf())
                            .with(address).param("label", hostile.value())
                            .param("passkeyPassword", TestAccounts.PASSWORD))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(hostile.label()).isIn(200, 422);
            MockHttpSession visitor = new MockHttpSession();
            RequestPostProcessor visitorAddress = TestAccounts.fromUniqueAddress();
            options(post("/login/passkey/options").session(visitor).with(csrf()).with(visitorAddress));
            assertThat(mvc.perform(post("/login/passkey").session(visitor).with(csrf()).with(visitorAddress)
                    .param("credential", hostile.value())).andReturn().getResponse().getRedirectedUrl())
                    .as(hostile.label()).isEqualTo("/login?passkey");
        }
        String page = mvc.perform(post("/account/security/passkeys").session(holder.session()).with(csrf())
                        .with(address).param("label", "Laptop").param("passkeyPassword", TestAccounts.PASSWORD))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("No passkey was made");
        assertThat(passkeys(holder.account())).isEqualTo(1);
    }

    /** Where signing in with this passkey alone, in a fresh session, leads. */
    private String signInWith(SoftwarePasskey passkey) throws Exception {
        MockHttpSession session = new MockHttpSession();
        String options = options(post("/login/passkey/options").session(session).with(csrf()).with(address));
        return mvc.perform(post("/login/passkey").session(session).with(csrf()).with(address)
                        .param("credential", passkey.shown(options, relyingParty.origin())))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private String options(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store")).andReturn().getResponse()
                .getContentAsString();
    }

    private MockHttpSession signIn(String email, String leadsTo) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", email)
                        .param("password", TestAccounts.PASSWORD).with(csrf()).with(address))
                .andExpect(redirectedUrl(leadsTo)).andReturn().getRequest().getSession(false);
    }

    private int passkeys(Account account) {
        Integer count = jdbc.queryForObject("select count(*) from user_credentials c join account a "
                + "on a.passkey_handle = c.user_entity_user_id where a.id = ?", Integer.class, account.id());
        return count == null ? 0 : count;
    }
}
