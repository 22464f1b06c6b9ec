package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsIntegrationTests {

    private static final Pattern LINE = Pattern.compile("(?m)^DEMO ACCOUNT (\\S+) (\\S+) (\\S+)$");
    private static final Pattern KEY = Pattern.compile("(?m)^DEMO AUTHENTICATOR (\\S+) ([A-Z2-7]+)$");

    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    AccountAdministration administration;
    @Autowired
    MockMvc mvc;

    @Test
    void oneAccountPerRoleIsCreatedOnceWithItsPasswordPrintedOnceInsideTheDemoBanner(CapturedOutput output)
            throws Exception {
        List<DemoAccounts.DemoAccount> first = demoAccounts.createOnce();
        assertThat(first).extracting(DemoAccounts.DemoAccount::role).containsExactly(Role.values());
        assertThat(first).extracting(DemoAccounts.DemoAccount::email).containsExactly("member@demo.harambee.invalid",
                "representative@demo.harambee.invalid", "staff@demo.harambee.invalid", "admin@demo.harambee.invalid",
                "treasurer@demo.harambee.invalid", "election-officer@demo.harambee.invalid");
        for (DemoAccounts.DemoAccount account : first) {
            assertThat(administration.accountIdFor(account.email())).contains(account.accountId());
        }

        String printed = output.getAll();
        Matcher line = LINE.matcher(printed);
        if (printed.contains("DEMO DATA")) {
            Map<String, String> keys = new HashMap<>();
            Matcher key = KEY.matcher(printed);
            while (key.find()) {
                keys.put(key.group(1), key.group(2));
            }
            int lines = 0;
            while (line.find()) {
                lines++;
                assertThat(line.group(3)).hasSizeGreaterThanOrEqualTo(20);
                RequestPostProcessor address = TestAccounts.fromUniqueAddress();
                MvcResult signedIn = mvc.perform(post("/login").with(csrf()).with(address)
                        .param("username", line.group(2)).param("password", line.group(3))).andReturn();
                String roleKey = keys.get(line.group(1));
                if (roleKey == null) {
                    assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/dashboard");
                    continue;
                }
                assertThat(signedIn.getResponse().getRedirectedUrl()).as("the role requires a second factor")
                        .isEqualTo(SecondStepController.PATH);
                mvc.perform(post(SecondStepController.PATH).session((MockHttpSession) signedIn.getRequest()
                                .getSession(false)).with(csrf()).with(address)
                        .param("code", AuthenticatorApp.codeAt(AuthenticatorApp.key(roleKey), Instant.now())))
                        .andExpect(authenticated().withUsername(line.group(2)));
            }
            assertThat(lines).isEqualTo(Role.values().length);
            assertThat(keys.keySet()).containsExactlyInAnyOrder("staff", "admin", "treasurer", "election-officer");
        }

        int printedBefore = printed.length();
        List<DemoAccounts.DemoAccount> again = demoAccounts.createOnce();
        assertThat(again).isEqualTo(first);
        assertThat(output.getAll().substring(printedBefore)).doesNotContain("DEMO ACCOUNT");
    }
}
