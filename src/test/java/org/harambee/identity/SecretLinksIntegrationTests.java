package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.harambee.TestSmtp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Single-use links reach their recipient only: a staff member who asks a reset for an administrator, or watches an
 * administrator being invited, finds the link in no page and no table, before or after delivery; without e-mail an
 * administrator hands over a link shown once to them, audited; and whichever link sets a new password, the
 * account's API tokens end with the old password.
 */
@IntegrationTest
class SecretLinksIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    private static final Pattern ANY_LINK = Pattern.compile("/(password/reset|invitation|setup)/[A-Za-z0-9_-]{43}");
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)");
    private static final Pattern SHOWN_LINK = Pattern.compile("https?://[^\"\\s<]+(/(?:password/reset|invitation)/[A-Za-z0-9_-]{43})");

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
    ApiAccess apiAccess;
    @Autowired
    JdbcTemplate jdbc;

    TestAccounts people;

    @BeforeEach
    void setUp() {
        people = new TestAccounts(accounts, encoder, secondFactorFixtures);
    }

    @Test
    void aStaffMemberCannotObtainAResetOrInvitationLinkForAnAdministrator() throws Exception {
        Account administrator = people.create(Role.ADMIN);
        Account staff = people.create(Role.STAFF);
        mvc.perform(post("/password/forgot").with(people.as(staff)).with(csrf()).with(TestAccounts.fromUniqueAddress())
                .param("email", administrator.email())).andExpect(redirectedUrl("/password/forgot/sent"));
        String newAdministrator = TestAccounts.uniqueEmail("new-admin");
        mvc.perform(post("/admin/accounts/invite").with(people.as(administrator)).with(csrf())
                .param("email", newAdministrator).param("displayName", "New administrator").param("role", "ADMIN")
                .param("language", "en")).andExpect(status().is3xxRedirection());

        String reset = TestAccounts.linkMailedTo(greenMail, administrator.email(), "/password/reset/");
        String invitation = TestAccounts.linkMailedTo(greenMail, newAdministrator, "/invitation/");
        Map<String, String> read = everyPageReachable(staff, List.of("/dashboard", "/staff/outbox", "/staff/audit",
                "/staff/audit?action=password.reset-requested", "/staff/audit?action=account.invited"));
        assertThat(read).hasSizeGreaterThan(20);
        read.forEach((address, page) -> {
            assertThat(page).as(address).doesNotContain(secretOf(reset)).doesNotContain(secretOf(invitation));
            assertThat(ANY_LINK.matcher(page).find()).as(address).isFalse();
        });
        String outbox = page("/staff/outbox", staff);
        assertThat(outbox).contains(administrator.email(), newAdministrator, "carried a single-use link");
        for (String address : List.of("/admin/accounts", "/admin/accounts/" + administrator.id())) {
            mvc.perform(get(address).with(people.as(staff))).andExpect(status().isForbidden());
        }

        for (String secret : List.of(secretOf(reset), secretOf(invitation))) {
            assertThat(jdbc.queryForObject("select count(*) from outbox_message where body like ? or subject like ?",
                    Integer.class, "%" + secret + "%", "%" + secret + "%")).isZero();
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject like ? or details like ?",
                    Integer.class, "%" + secret + "%", "%" + secret + "%")).isZero();
        }
        assertThat(jdbc.queryForList("select body from outbox_message where recipient in (?, ?)", String.class,
                administrator.email(), newAdministrator)).isNotEmpty().allSatisfy(body ->
                        assertThat(ANY_LINK.matcher(body).find()).isFalse());
        assertThat(jdbc.queryForList("select status from outbox_message where recipient = ?", String.class,
                administrator.email())).containsOnly("SENT");

        mvc.perform(get(reset)).andExpect(status().isOk());
        mvc.perform(get(invitation)).andExpect(status().isOk());
    }

    @Test
    void anAdministratorHandsOverALinkShownOnceThatWorksOnceIsAuditedAndEndsTheApiTokens() throws Exception {
        Account administrator = people.create(Role.ADMIN);
        Account member = people.create(Role.MEMBER);
        String token = apiAccess.create(member.id(), "Sync").secret();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        MockHttpServletResponse shown = mvc.perform(post("/admin/accounts/" + member.id() + "/sign-in-link")
                .with(people.as(administrator)).with(csrf()).header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(shown.getStatus()).isEqualTo(200);
        assertThat(shown.getHeader("Cache-Control")).isEqualTo("no-store");
        String link = shownLink(shown);
        assertThat(link).startsWith("/password/reset/");
        assertThat(audit.findAll()).anyMatch(entry -> entry.action().equals("account.sign-in-link-issued")
                && entry.actor().equals(administrator.email()) && member.email().equals(entry.subject()));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where details like ?", Integer.class,
                "%" + secretOf(link) + "%")).isZero();

        mvc.perform(post(link).with(csrf()).param("password", "the owl sings at noon")
                        .param("confirmation", "the owl sings at noon"))
                .andExpect(redirectedUrl("/dashboard")).andExpect(authenticated().withUsername(member.email()));
        mvc.perform(get(link)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(audit.findAll()).anyMatch(entry -> entry.action().equals("api-token.revoked-all")
                && member.email().equals(entry.subject()) && member.email().equals(entry.actor()));
    }

    @Test
    void aNewLinkReplacesTheEarlierOnesAndAnAccountWithoutPasswordGetsAnInvitationLink() throws Exception {
        Account administrator = people.create(Role.ADMIN);
        Account invited = accounts.save(new Account(TestAccounts.uniqueEmail("invited"), "Invited person",
                Set.of(Role.MEMBER), Instant.now()));
        String first = shownLink(mvc.perform(post("/admin/accounts/" + invited.id() + "/sign-in-link")
                .with(people.as(administrator)).with(csrf())).andReturn().getResponse());
        String second = shownLink(mvc.perform(post("/admin/accounts/" + invited.id() + "/sign-in-link")
                .with(people.as(administrator)).with(csrf())).andReturn().getResponse());
        assertThat(first).startsWith("/invitation/");
        mvc.perform(get(first)).andExpect(status().isNotFound());
        mvc.perform(get(second)).andExpect(status().isOk());
    }

    @Test
    void noOneButAnAdministratorMayMakeALink() throws Exception {
        Account target = people.create(Role.ADMIN);
        for (Role role : List.of(Role.STAFF, Role.MEMBER, Role.REPRESENTATIVE)) {
            MockHttpServletResponse refused = mvc.perform(post("/admin/accounts/" + target.id() + "/sign-in-link")
                    .with(people.as(people.create(role))).with(csrf())).andReturn().getResponse();
            assertThat(refused.getStatus()).as(role.name()).isEqualTo(403);
            assertThat(ANY_LINK.matcher(refused.getContentAsString()).find()).isFalse();
        }
        mvc.perform(post("/admin/accounts/" + target.id() + "/sign-in-link").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(audit.findAll()).noneMatch(entry -> entry.action().equals("account.sign-in-link-issued")
                && target.email().equals(entry.subject()));
    }

    @Test
    void aDisabledAccountGetsNoLink() throws Exception {
        Account administrator = people.create(Role.ADMIN);
        Account disabled = people.create(Role.MEMBER);
        disabled.disable();
        accounts.save(disabled);
        MockHttpServletResponse refused = mvc.perform(post("/admin/accounts/" + disabled.id() + "/sign-in-link")
                .with(people.as(administrator)).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(ANY_LINK.matcher(refused.getContentAsString()).find()).isFalse();
    }

    @Test
    void aPasswordResetByEMailEndsEveryApiTokenOfTheAccount() throws Exception {
        Account member = people.create(Role.MEMBER);
        String token = apiAccess.create(member.id(), "Newsletter").secret();
        mvc.perform(post("/password/forgot").with(csrf()).with(TestAccounts.fromUniqueAddress())
                .param("email", member.email())).andExpect(redirectedUrl("/password/forgot/sent"));
        String link = TestAccounts.linkMailedTo(greenMail, member.email(), "/password/reset/");
        mvc.perform(post(link).with(csrf()).param("password", "nine green kites rising")
                .param("confirmation", "nine green kites rising")).andExpect(redirectedUrl("/dashboard"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(audit.findAll()).anyMatch(entry -> entry.action().equals("api-token.revoked-all")
                && member.email().equals(entry.subject()));
    }

    /**
     * The pages this person reaches by following links (GET, this site, no sign-out) from these, up to 150 pages, by
     * address; each with its body.
     */
    private Map<String, String> everyPageReachable(Account who, List<String> start) throws Exception {
        Map<String, String> read = new LinkedHashMap<>();
        Deque<String> waiting = new ArrayDeque<>(start);
        while (!waiting.isEmpty() && read.size() < 150) {
            String address = waiting.poll();
            if (read.containsKey(address)) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(get(address).with(people.as(who))
                    .header("Accept-Language", "en")).andReturn().getResponse();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            read.put(address, body);
            Matcher link = HREF.matcher(body);
            while (link.find()) {
                String next = link.group(1).replace("&amp;", "&");
                if (!next.startsWith("/logout") && !next.startsWith("/css/") && !next.startsWith("/js/")
                        && !next.startsWith("/img/") && !read.containsKey(next)) {
                    waiting.add(next);
                }
            }
        }
        return read;
    }

    private String page(String address, Account who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(address).with(people.as(who))
                .header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(response.getStatus()).as(address).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String shownLink(MockHttpServletResponse response) throws Exception {
        Matcher link = SHOWN_LINK.matcher(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(link.find()).as("a link on the page").isTrue();
        return link.group(1);
    }

    private static String secretOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
