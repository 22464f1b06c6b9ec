package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.harambee.IntegrationTest;
import org.harambee.TestSmtp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PasswordResetIntegrationTests {

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
    SingleUseLinks links;
    @Autowired
    AuditEntries audit;

    TestAccounts people;

    @BeforeEach
    void setUp() {
        people = new TestAccounts(accounts, encoder, secondFactorFixtures);
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAccountExists() throws Exception {
        Account account = people.create(Role.MEMBER);
        String unknown = TestAccounts.uniqueEmail("nobody");
        for (String email : new String[] {account.email(), unknown, account.email().toUpperCase()}) {
            mvc.perform(post("/password/forgot").with(csrf()).with(TestAccounts.fromUniqueAddress()).param("email", email))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/password/forgot/sent"));
        }
        mvc.perform(get("/password/forgot/sent").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("If an account uses that address")));
        assertThat(TestAccounts.linkMailedTo(greenMail, account.email(), "/password/reset/")).isNotBlank();
    }

    @Test
    void theOwnerSetsANewPasswordOnceAndIsSignedInWhileOtherSessionsAndLinksEnd() throws Exception {
        Account account = people.create(Role.MEMBER);
        MockHttpSession otherDevice = signIn(account.email(), TestAccounts.PASSWORD);
        mvc.perform(get("/dashboard").session(otherDevice)).andExpect(status().isOk());
        mvc.perform(post("/password/forgot").with(csrf()).with(TestAccounts.fromUniqueAddress())
                .param("email", account.email())).andExpect(redirectedUrl("/password/forgot/sent"));
        String link = TestAccounts.linkMailedTo(greenMail, account.email(), "/password/reset/");
        String outstanding = links.issue(account.id(), AccountToken.Purpose.PASSWORD_RESET, "/password/reset/");

        mvc.perform(get(link).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a new password")));
        mvc.perform(post(link).with(csrf()).header("Accept-Language", "en")
                        .param("password", "qwertyuiopas").param("confirmation", "qwertyuiopas"))
                .andExpect(content().string(containsString("one of the most commonly used")));
        mvc.perform(post(link).with(csrf()).param("password", "cobalt kettle on the roof")
                        .param("confirmation", "cobalt kettle on the roof"))
                .andExpect(redirectedUrl("/dashboard"))
                .andExpect(authenticated().withUsername(account.email()));

        assertThat(audit.findAll()).anyMatch(e -> e.action().equals("password.reset") && account.email().equals(e.subject()));
        mvc.perform(get(link)).andExpect(status().isNotFound());
        mvc.perform(get(outstanding.substring(outstanding.indexOf("/password/reset/")))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard").session(otherDevice)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromUniqueAddress())
                        .param("username", account.email()).param("password", TestAccounts.PASSWORD))
                .andExpect(unauthenticated());
        signIn(account.email(), "cobalt kettle on the roof");
    }

    @Test
    void aSecondRequestWithinAMinuteSendsNoSecondMail() throws Exception {
        Account account = people.create(Role.MEMBER);
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/password/forgot").with(csrf()).with(TestAccounts.fromUniqueAddress())
                    .param("email", account.email())).andExpect(redirectedUrl("/password/forgot/sent"));
        }
        TestAccounts.mailTo(greenMail, account.email());
        Thread.sleep(500);
        assertThat(greenMail.getReceivedMessagesForDomain(account.email())).hasSize(1);
    }

    @Test
    void aDisabledAccountGetsNoLink() throws Exception {
        Account account = people.create(Role.MEMBER);
        account.disable();
        accounts.save(account);
        mvc.perform(post("/password/forgot").with(csrf()).with(TestAccounts.fromUniqueAddress())
                .param("email", account.email())).andExpect(redirectedUrl("/password/forgot/sent"));
        String other = people.create(Role.MEMBER).email();
        mvc.perform(post("/password/forgot").with(csrf()).with(TestAccounts.fromUniqueAddress()).param("email", other));
        TestAccounts.mailTo(greenMail, other);
        assertThat(greenMail.getReceivedMessagesForDomain(account.email())).isEmpty();
    }

    @Test
    void badInputIsAnsweredAtTheField() throws Exception {
        mvc.perform(post("/password/forgot").with(csrf()).header("Accept-Language", "en").param("email", "not an address"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an e-mail address")));
        mvc.perform(post("/password/forgot").with(csrf()).header("Accept-Language", "en")
                        .param("email", "a".repeat(300) + "@example.org"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use between")));
        mvc.perform(post("/password/forgot").with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please give an e-mail address")));
    }

    private MockHttpSession signIn(String email, String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromUniqueAddress())
                        .param("username", email).param("password", password))
                .andExpect(redirectedUrl("/dashboard"))
                .andExpect(authenticated().withUsername(email))
                .andReturn().getRequest().getSession(false);
    }
}
