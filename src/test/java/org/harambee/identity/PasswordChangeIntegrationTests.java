package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.harambee.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class PasswordChangeIntegrationTests {

    private static final String NEW_PASSWORD = "cooperatives all the way down";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SecondFactorFixtures secondFactorFixtures;

    private final RequestPostProcessor address = TestAccounts.fromUniqueAddress();

    @Test
    void aSignedInPersonChangesTheirPasswordAndTheirOtherSessionsEnd() throws Exception {
        Account account = new TestAccounts(accounts, encoder, secondFactorFixtures).create(Role.MEMBER);
        MockHttpSession laptop = signIn(account.email(), TestAccounts.PASSWORD);
        MockHttpSession phone = signIn(account.email(), TestAccounts.PASSWORD);

        mvc.perform(post("/account/password").session(laptop).with(csrf()).with(address).header("Accept-Language", "en")
                        .param("current", "not my password at all").param("password", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That is not your current password.")));
        mvc.perform(post("/account/password").session(laptop).with(csrf()).with(address).header("Accept-Language", "en")
                        .param("current", TestAccounts.PASSWORD).param("password", account.email())
                        .param("confirmation", account.email()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"password-error\"")));
        assertThat(encoder.matches(TestAccounts.PASSWORD, reload(account).passwordHash())).isTrue();

        MockHttpSession renewed = (MockHttpSession) mvc.perform(post("/account/password").session(laptop).with(csrf())
                        .with(address).param("current", TestAccounts.PASSWORD).param("password", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/dashboard")).andReturn().getRequest().getSession(false);
        assertThat(renewed.getId()).isNotEqualTo(laptop.getId());
        mvc.perform(get("/dashboard").session(renewed).with(address)).andExpect(status().isOk());
        mvc.perform(get("/dashboard").session(phone).with(address)).andExpect(status().is3xxRedirection());

        mvc.perform(signInRequest(account.email(), TestAccounts.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        signIn(account.email(), NEW_PASSWORD);
    }

    @Test
    void visitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/account/password").with(csrf()).param("current", "x").param("password", NEW_PASSWORD)
                .param("confirmation", NEW_PASSWORD)).andExpect(redirectedUrl("/login"));
    }

    private MockHttpSession signIn(String email, String password) throws Exception {
        return (MockHttpSession) mvc.perform(signInRequest(email, password))
                .andExpect(redirectedUrl("/dashboard")).andReturn().getRequest().getSession(false);
    }

    private MockHttpServletRequestBuilder signInRequest(String email, String password) {
        return post("/login").param("username", email).param("password", password).with(csrf()).with(address);
    }

    private Account reload(Account account) {
        return accounts.findById(account.id()).orElseThrow();
    }
}
