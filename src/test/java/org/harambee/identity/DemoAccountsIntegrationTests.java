package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsIntegrationTests {

    private static final Pattern LINE = Pattern.compile("(?m)^DEMO ACCOUNT (\\S+) (\\S+) (\\S+)$");

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
            int lines = 0;
            while (line.find()) {
                lines++;
                assertThat(line.group(3)).hasSizeGreaterThanOrEqualTo(20);
                mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromUniqueAddress())
                                .param("username", line.group(2)).param("password", line.group(3)))
                        .andExpect(authenticated().withUsername(line.group(2)));
            }
            assertThat(lines).isEqualTo(Role.values().length);
        }

        int printedBefore = printed.length();
        List<DemoAccounts.DemoAccount> again = demoAccounts.createOnce();
        assertThat(again).isEqualTo(first);
        assertThat(output.getAll().substring(printedBefore)).doesNotContain("DEMO ACCOUNT");
    }
}
