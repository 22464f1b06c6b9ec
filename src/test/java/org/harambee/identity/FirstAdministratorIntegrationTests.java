package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A brand-new installation, on a database of its own (the shared test database has administrators):
 * the setup link in the log, the first administrator, and the rule that the last one cannot be removed.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:first-administrator;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password="})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FirstAdministratorIntegrationTests {

    private static final Pattern SETUP_LINK = Pattern.compile("https?://\\S+?(/setup/[A-Za-z0-9_-]{43})");

    @Autowired
    MockMvc mvc;
    @Autowired
    FirstAdministrator firstAdministrator;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SecondFactorFixtures secondFactorFixtures;

    @Test
    void theFirstAdministratorSetsUpTheirAccountWithTheLoggedLinkAndCannotBeRemovedWhileAlone(CapturedOutput output)
            throws Exception {
        assertThat(output.getAll()).contains("No administrator yet").doesNotContain("DEMO ACCOUNT");
        String fromStartup = linkIn(output.getAll());
        mvc.perform(get(fromStartup).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Create the first administrator")));

        String fresh = path(firstAdministrator.issueLinkIfNoAdministrator().orElseThrow());
        mvc.perform(get(fromStartup)).andExpect(status().isNotFound());

        mvc.perform(post(fresh).with(csrf()).header("Accept-Language", "en").param("displayName", "<i>Admin</i>")
                        .param("email", "not an address").param("password", "123456789012").param("confirmation", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an e-mail address")))
                .andExpect(content().string(containsString("one of the most commonly used")));
        mvc.perform(post(fresh).with(csrf()).header("Accept-Language", "en").param("displayName", "x".repeat(201))
                        .param("email", "ada@example.org").param("password", "ada@example.org")
                        .param("confirmation", "ada@example.org"))
                .andExpect(content().string(containsString("Use between")))
                .andExpect(content().string(containsString("cannot be your e-mail address")));
        assertThat(accounts.existsByRolesContaining(Role.ADMIN)).isFalse();

        MockHttpSession session = (MockHttpSession) mvc.perform(post(fresh).with(csrf())
                        .param("displayName", "Ada <i>Admin</i>").param("email", "Ada@Example.org")
                        .param("password", "tall grass under the moon").param("confirmation", "tall grass under the moon"))
                .andExpect(redirectedUrl("/account/security"))
                .andExpect(authenticated().withUsername("ada@example.org").withAuthorities(List.of()))
                .andReturn().getRequest().getSession(false);
        Account ada = accounts.findByEmail("ada@example.org").orElseThrow();
        assertThat(ada.roles()).containsExactly(Role.ADMIN);
        mvc.perform(get("/admin/accounts/" + ada.id()).session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/account/security").session(session).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("it cannot be used until you add a passkey")));
        session = withAuthenticatorApp(session);

        mvc.perform(get(fresh)).andExpect(status().isNotFound());
        assertThat(firstAdministrator.issueLinkIfNoAdministrator()).isEmpty();
        mvc.perform(get("/admin/accounts/" + ada.id()).session(session).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Ada &lt;i&gt;Admin&lt;/i&gt;")));

        mvc.perform(post("/admin/accounts/" + ada.id() + "/roles").session(session).with(csrf())
                        .header("Accept-Language", "en").param("roles", "STAFF"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("last administrator")));
        mvc.perform(post("/admin/accounts/" + ada.id() + "/disable").session(session).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(accounts.findById(ada.id()).orElseThrow().canSignIn()).isTrue();
        assertThat(accounts.findById(ada.id()).orElseThrow().isAdministrator()).isTrue();

        Account second = new TestAccounts(accounts, encoder, secondFactorFixtures).create(Role.ADMIN);
        mvc.perform(post("/admin/accounts/" + ada.id() + "/roles").session(session).with(csrf()).param("roles", "STAFF"))
                .andExpect(redirectedUrl("/admin/accounts/" + ada.id()));
        assertThat(accounts.findById(ada.id()).orElseThrow().roles()).containsExactly(Role.STAFF);
        assertThat(accounts.findById(second.id()).orElseThrow().isAdministrator()).isTrue();
    }

    /** Sets up an authenticator app through the pages, as the new administrator is led to; the session after. */
    private MockHttpSession withAuthenticatorApp(MockHttpSession session) throws Exception {
        Matcher key = Pattern.compile("id=\"authenticator-key\">([A-Z2-7 ]+)<").matcher(mvc.perform(
                get("/account/security/authenticator").session(session)).andReturn().getResponse()
                .getContentAsString());
        assertThat(key.find()).isTrue();
        return (MockHttpSession) mvc.perform(post("/account/security/authenticator").session(session).with(csrf())
                        .param("password", "tall grass under the moon")
                        .param("code", AuthenticatorApp.codeAt(AuthenticatorApp.key(key.group(1)), Instant.now())))
                .andExpect(status().isOk())
                .andExpect(authenticated().withUsername("ada@example.org").withRoles("ADMIN"))
                .andReturn().getRequest().getSession(false);
    }

    private static String linkIn(String log) {
        Matcher matcher = SETUP_LINK.matcher(log);
        assertThat(matcher.find()).as("a setup link in the log").isTrue();
        return matcher.group(1);
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/setup/"));
    }
}
