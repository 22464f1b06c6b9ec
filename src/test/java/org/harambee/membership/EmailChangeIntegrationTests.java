package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.harambee.Mailbox;
import org.harambee.TestSmtp;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A member's new e-mail address takes effect through the link mailed to it, and the page answers alike whether or
 * not the address is another member's: a member cannot learn whose address is on record, nor take someone's.
 */
@IntegrationTest
class EmailChangeIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP).withPerMethodLifecycle(false);

    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/membership/email/\\S+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    IndividualMembers individuals;
    @Autowired
    MembershipFixtures fixtures;

    @Test
    void aNewAddressTakesEffectOnlyWhenItsOwnerFollowsTheLinkMailedToIt() throws Exception {
        String old = MembershipFixtures.uniqueEmail("ella");
        String fresh = MembershipFixtures.uniqueEmail("ella-new");
        HarambeeUser member = fixtures.individualMember("Ella Baker", old);

        mvc.perform(saving(member, fresh, "Jackson")).andExpect(redirectedUrl("/membership"))
                .andExpect(flash().attribute("notice", "membership.email.confirmationSent"));
        IndividualMember kept = individuals.findByEmail(old).orElseThrow();
        assertThat(kept.city()).as("the other changes are saved at once").isEqualTo("Jackson");

        String link = linkIn(Mailbox.bodiesTo(greenMail, fresh, 1));
        assertThat(Mailbox.bodiesTo(greenMail, old, 0)).noneMatch(body -> body.contains("/membership/email/"));
        mvc.perform(get(link).with(user(member))).andExpect(status().isOk());
        assertThat(individuals.findByEmail(old)).as("a GET (a mail scanner) changes nothing").isPresent();
        mvc.perform(post(link).with(csrf()).with(user(fixtures.account(Role.MEMBER)))).andExpect(status().isNotFound());
        String forged = link.substring(0, link.length() - 2) + (link.endsWith("AA") ? "BB" : "AA");
        mvc.perform(post(forged).with(csrf()).with(user(member))).andExpect(status().isNotFound());

        mvc.perform(post(link).with(csrf()).with(user(member))).andExpect(redirectedUrl("/membership"))
                .andExpect(flash().attribute("notice", "membership.email.changed"));
        assertThat(individuals.findByEmail(fresh)).isPresent();
        assertThat(individuals.findByEmail(old)).isEmpty();
        mvc.perform(post(link).with(csrf()).with(user(member))).andExpect(status().isNotFound());
    }

    @Test
    void anotherMembersAddressGetsTheSameAnswerAndItsOwnerIsToldWithoutALink() throws Exception {
        String mine = MembershipFixtures.uniqueEmail("bayard");
        String theirs = MembershipFixtures.uniqueEmail("pauli");
        String nobodys = MembershipFixtures.uniqueEmail("nobody");
        HarambeeUser member = fixtures.individualMember("Ella Baker", mine);
        fixtures.individualMember("Pauli Murray", theirs);

        String taken = mvc.perform(saving(member, theirs, "Norfolk")).andExpect(redirectedUrl("/membership")).andReturn()
                .getFlashMap().get("notice").toString();
        String free = mvc.perform(saving(member, nobodys, "Norfolk")).andExpect(redirectedUrl("/membership")).andReturn()
                .getFlashMap().get("notice").toString();
        assertThat(taken).isEqualTo(free);

        List<String> toldOwner = Mailbox.bodiesTo(greenMail, theirs, 1);
        assertThat(toldOwner).singleElement().satisfies(body -> assertThat(body).contains("nothing changed")
                .doesNotContain("/membership/email/"));
        assertThat(individuals.findByEmail(mine)).isPresent();
        assertThat(individuals.findByEmail(theirs).orElseThrow().accountId()).isNotEqualTo(member.accountId());
    }

    private MockHttpServletRequestBuilder saving(HarambeeUser member, String email, String city) {
        return post("/membership").with(csrf()).with(user(member)).param("name", "Ella Baker").param("email", email)
                .param("city", city).param("state", "MS").param("issueAreas", String.valueOf(fixtures.issueArea()))
                .param("emailVisibility", "MEMBERS");
    }

    private static String linkIn(List<String> bodies) {
        for (String body : bodies) {
            Matcher link = LINK.matcher(body);
            if (link.find()) {
                return link.group(1);
            }
        }
        throw new AssertionError("No confirmation link in " + bodies);
    }
}
