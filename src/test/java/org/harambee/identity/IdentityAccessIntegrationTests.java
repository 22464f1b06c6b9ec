package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.harambee.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who may read the audit log and manage accounts, and what those pages do. */
@IntegrationTest
class IdentityAccessIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SecondFactorFixtures secondFactorFixtures;
    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditEntries audit;
    @Autowired
    AccountAdministration administration;

    TestAccounts people;

    @BeforeEach
    void setUp() {
        people = new TestAccounts(accounts, encoder, secondFactorFixtures);
    }

    @Test
    void visitorsAreSentToSignInAndMembersAreRefused() throws Exception {
        for (String path : new String[] {"/staff/audit", "/admin/accounts", "/admin/accounts/invite"}) {
            mvc.perform(get(path).accept("text/html")).andExpect(redirectedUrl("/login"));
            mvc.perform(get(path).with(people.as(people.create(Role.MEMBER)))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(people.as(people.create(Role.REPRESENTATIVE)))).andExpect(status().isForbidden());
        }
    }

    @Test
    void staffReadTheAuditLogButNotTheAccounts() throws Exception {
        Account staff = people.create(Role.STAFF);
        mvc.perform(get("/staff/audit").with(people.as(staff))).andExpect(status().isOk());
        mvc.perform(get("/admin/accounts").with(people.as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").with(people.as(staff)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("href=\"/staff/audit\"")))
                .andExpect(content().string(not(containsString("href=\"/admin/accounts\""))));
    }

    @Test
    void administratorsReadBoth() throws Exception {
        Account admin = people.create(Role.ADMIN);
        mvc.perform(get("/staff/audit").with(people.as(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/accounts").with(people.as(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/accounts/" + admin.id()).with(people.as(admin))).andExpect(status().isOk());
        mvc.perform(get("/dashboard").with(people.as(admin)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("href=\"/admin/accounts\"")));
    }

    @Test
    void staffReadWhatHappenedInTheirLanguageWithTheCodeBeside() throws Exception {
        Account staff = people.create(Role.STAFF);
        String actor = "admin-" + UUID.randomUUID() + "@example.org";
        auditLog.recordAs(actor, "role.granted", "someone@example.org", "STAFF");
        mvc.perform(get("/staff/audit").with(people.as(staff)).param("actor", actor).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Rol otorgado")))
                .andExpect(content().string(containsString("role.granted</code>")));
        mvc.perform(get("/staff/audit").with(people.as(staff)).param("actor", actor).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Role granted")));
    }

    @Test
    void theAuditLogFiltersByActionActorAndDatesAndShowsHtmlAsText() throws Exception {
        Account staff = people.create(Role.STAFF);
        String actor = "<script>alert('x')</script>" + UUID.randomUUID();
        auditLog.recordAs(actor, "test.filtered", "subject <b>bold</b>", "details & more");
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        mvc.perform(get("/staff/audit").with(people.as(staff)).param("actor", actor.substring(30))
                        .param("action", "test.filtered").param("from", today).param("to", today))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(")))
                .andExpect(content().string(containsString("subject &lt;b&gt;bold&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("class=\"table-wrap\"")));
        mvc.perform(get("/staff/audit").with(people.as(staff)).param("actor", actor.substring(30))
                        .param("to", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()))
                .andExpect(content().string(not(containsString("test.filtered</code>"))));
        mvc.perform(get("/staff/audit").with(people.as(staff)).param("actor", actor.substring(30))
                        .param("action", "sign-in.failed"))
                .andExpect(content().string(not(containsString("&lt;script&gt;alert("))));
    }

    @Test
    void badFiltersAreAnsweredAtTheFieldNotWithAnError() throws Exception {
        Account staff = people.create(Role.STAFF);
        mvc.perform(get("/staff/audit").with(people.as(staff)).header("Accept-Language", "en")
                        .param("from", "2024-13-45").param("actor", "x".repeat(300)).param("page", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This is not a valid value")))
                .andExpect(content().string(containsString("Use between")));
        mvc.perform(get("/staff/audit").with(people.as(staff)).param("page", "999999")).andExpect(status().isOk());
    }

    @Test
    void anAdministratorGrantsAndRevokesRolesAndEachChangeIsAudited() throws Exception {
        Account admin = people.create(Role.ADMIN);
        Account person = people.create(Role.MEMBER);
        mvc.perform(post("/admin/accounts/" + person.id() + "/roles").with(people.as(admin)).with(csrf())
                        .param("roles", "MEMBER", "STAFF"))
                .andExpect(redirectedUrl("/admin/accounts/" + person.id()));
        assertThat(people.reload(person).roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.STAFF);
        mvc.perform(post("/admin/accounts/" + person.id() + "/roles").with(people.as(admin)).with(csrf())
                        .param("roles", "STAFF", "NO_SUCH_ROLE"))
                .andExpect(redirectedUrl("/admin/accounts/" + person.id()));
        assertThat(people.reload(person).roles()).containsExactly(Role.STAFF);
        assertThat(audit.findAll()).filteredOn(e -> person.email().equals(e.subject()))
                .extracting(AuditEntry::action, AuditEntry::details, AuditEntry::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("role.granted", "STAFF", admin.email()),
                        org.assertj.core.groups.Tuple.tuple("role.revoked", "MEMBER", admin.email()));
    }

    @Test
    void twoAdministratorsChangingRolesFromTheSameStartingVersionKeepTheFirstChangeOnly() throws Exception {
        Account first = people.create(Role.ADMIN);
        Account second = people.create(Role.ADMIN);
        Account person = people.create(Role.MEMBER);
        String seen = String.valueOf(people.reload(person).version());
        String page = "http://localhost/admin/accounts/" + person.id();
        mvc.perform(post("/admin/accounts/" + person.id() + "/roles").with(people.as(first)).with(csrf())
                        .header("Referer", page).param("version", seen).param("roles", "MEMBER", "STAFF"))
                .andExpect(redirectedUrl("/admin/accounts/" + person.id()));
        var late = mvc.perform(post("/admin/accounts/" + person.id() + "/roles").with(people.as(second)).with(csrf())
                        .header("Referer", page).param("version", seen).param("roles", "ADMIN"))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/admin/accounts/" + person.id())).andReturn();
        assertThat(people.reload(person).roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.STAFF);
        mvc.perform(get("/admin/accounts/" + person.id()).with(people.as(second)).flashAttrs(late.getFlashMap())
                        .header("Accept-Language", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Someone else changed this while you were editing it")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "name=\"version\" value=\"" + people.reload(person).version() + "\"")));
    }

    @Test
    void aRevokedRoleAndADisabledAccountTakeEffectOnTheNextRequest() throws Exception {
        Account admin = people.create(Role.ADMIN);
        Account staff = people.create(Role.STAFF);
        MockHttpSession session = signIn(staff);
        mvc.perform(get("/staff/audit").session(session)).andExpect(status().isOk());

        administration.revoke(staff.id(), Role.STAFF);
        mvc.perform(get("/staff/audit").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").session(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/accounts/" + staff.id() + "/disable").with(people.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + staff.id()));
        mvc.perform(get("/dashboard").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromUniqueAddress()).param("username", staff.email())
                .param("password", TestAccounts.PASSWORD)).andExpect(unauthenticated());
        assertThat(audit.findAll()).anyMatch(e -> e.action().equals("account.disabled") && staff.email().equals(e.subject()));

        mvc.perform(post("/admin/accounts/" + staff.id() + "/enable").with(people.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + staff.id()));
        signIn(staff);
    }

    @Test
    void theAccountsPageSearchesAndShowsNamesAsText() throws Exception {
        Account admin = people.create(Role.ADMIN);
        String marker = UUID.randomUUID().toString();
        Account person = people.create(Role.REPRESENTATIVE);
        person.rename("<img src=x onerror=alert(1)> " + marker);
        accounts.save(person);
        mvc.perform(get("/admin/accounts").with(people.as(admin)).param("q", marker.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt; " + marker)))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(containsString("1 accounts")));
        mvc.perform(get("/admin/accounts").with(people.as(admin)).param("q", marker).param("role", "STAFF"))
                .andExpect(content().string(containsString("No account matches")));
        mvc.perform(get("/admin/accounts").with(people.as(admin)).param("q", "%_\\" + "z".repeat(400))
                .param("role", "<bogus>").param("page", "-1")).andExpect(status().isOk());
    }

    @Test
    void unknownAccountsGiveTheNotFoundPage() throws Exception {
        Account admin = people.create(Role.ADMIN);
        mvc.perform(get("/admin/accounts/" + UUID.randomUUID()).with(people.as(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/accounts/" + UUID.randomUUID() + "/disable").with(people.as(admin)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/accounts/not-a-uuid").with(people.as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorInvitesStaffWithFieldErrorsForBadInput() throws Exception {
        Account admin = people.create(Role.ADMIN);
        mvc.perform(post("/admin/accounts/invite").with(people.as(admin)).with(csrf()).header("Accept-Language", "en")
                        .param("displayName", "").param("email", "not-an-address").param("role", "EMPEROR")
                        .param("language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please fill this in")))
                .andExpect(content().string(containsString("Enter an e-mail address")));
        String email = TestAccounts.uniqueEmail("staff");
        mvc.perform(post("/admin/accounts/invite").with(people.as(admin)).with(csrf())
                        .param("displayName", "New Staff").param("email", email).param("role", "STAFF")
                        .param("language", "es"))
                .andExpect(status().is3xxRedirection());
        Account invited = accounts.findByEmail(email).orElseThrow();
        assertThat(invited.roles()).containsExactly(Role.STAFF);
        assertThat(invited.hasPassword()).isFalse();
        assertThat(administration.accountIdFor(email.toUpperCase())).contains(invited.id());
    }

    /** Signs in through the form, with the second step where the account has a factor. */
    private MockHttpSession signIn(Account account) throws Exception {
        RequestPostProcessor address = TestAccounts.fromUniqueAddress();
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf()).with(address)
                        .param("username", account.email()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl(account.hasSecondFactor() ? SecondStepController.PATH : "/dashboard"))
                .andReturn().getRequest().getSession(false);
        if (account.hasSecondFactor()) {
            mvc.perform(post(SecondStepController.PATH).session(session).with(csrf()).with(address)
                    .param("code", secondFactorFixtures.code(account.email()))).andExpect(redirectedUrl("/dashboard"));
        }
        return session;
    }
}
