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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.Locale;
import org.harambee.IntegrationTest;
import org.harambee.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class InvitationIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    MockMvc mvc;
    @Autowired
    Invitations invitations;
    @Autowired
    Accounts accounts;

    @Test
    void theInvitedPersonChoosesAPasswordFromTheEmailedLinkAndIsSignedIn() throws Exception {
        String email = TestAccounts.uniqueEmail("invited");
        invitations.invite(email, "Ana <b>Pérez</b>", Role.MEMBER, Locale.ENGLISH);
        assertThat(TestAccounts.mailTo(greenMail, email).getSubject()).startsWith("Your invitation to");
        String link = TestAccounts.linkMailedTo(greenMail, email, "/invitation/");

        mvc.perform(get(link).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Set up your account")))
                .andExpect(content().string(containsString("Ana &lt;b&gt;Pérez&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<b>Pérez"))));

        mvc.perform(post(link).with(csrf()).header("Accept-Language", "en")
                        .param("password", "password1234").param("confirmation", "password1234"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("one of the most commonly used")))
                .andExpect(unauthenticated());
        mvc.perform(post(link).with(csrf()).header("Accept-Language", "en")
                        .param("password", "a river of lanterns").param("confirmation", "a river of lantern"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The two passwords are not the same")));
        mvc.perform(post(link).with(csrf()).header("Accept-Language", "en")
                        .param("password", "x".repeat(64) + "y".repeat(65)).param("confirmation", "z"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use at most 128 characters")));
        mvc.perform(post(link).with(csrf()).header("Accept-Language", "en")
                        .param("password", email.toUpperCase(Locale.ROOT)).param("confirmation", email))
                .andExpect(content().string(containsString("cannot be your e-mail address")));
        assertThat(accounts.findByEmail(email).orElseThrow().hasPassword()).isFalse();

        MockHttpSession session = (MockHttpSession) mvc.perform(post(link).with(csrf())
                        .param("password", "a river of lanterns").param("confirmation", "a river of lanterns"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dashboard"))
                .andExpect(authenticated().withUsername(email))
                .andReturn().getRequest().getSession(false);
        mvc.perform(get("/dashboard").session(session).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your password is set and you are signed in")));

        mvc.perform(get(link).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link no longer works")));
        mvc.perform(post(link).with(csrf()).param("password", "another fine password").param("confirmation",
                        "another fine password"))
                .andExpect(status().isNotFound());

        mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromUniqueAddress())
                        .param("username", email).param("password", "a river of lanterns"))
                .andExpect(redirectedUrl("/dashboard"))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void theInvitationSpeaksThePersonsLanguage() throws Exception {
        String email = TestAccounts.uniqueEmail("invitada");
        invitations.invite(email, "Rosa", Role.REPRESENTATIVE, Locale.forLanguageTag("es"));
        assertThat(TestAccounts.mailTo(greenMail, email).getSubject()).startsWith("Su invitación a");
        String link = TestAccounts.linkMailedTo(greenMail, email, "/invitation/");
        mvc.perform(post(link).with(csrf()).header("Accept-Language", "es")
                        .param("password", "corto").param("confirmation", "corto"))
                .andExpect(content().string(containsString("Use al menos 12 caracteres")));
    }

    @Test
    void unknownOrMalformedLinksShowTheClearPageAndChangeNothing() throws Exception {
        for (String secret : new String[] {"A".repeat(43), "nonsense", "abc<script>", "x".repeat(500)}) {
            mvc.perform(get("/invitation/" + secret).header("Accept-Language", "en"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("This link no longer works")));
            mvc.perform(post("/invitation/" + secret).with(csrf())
                            .param("password", "a river of lanterns").param("confirmation", "a river of lanterns"))
                    .andExpect(status().isNotFound())
                    .andExpect(unauthenticated());
        }
    }
}
