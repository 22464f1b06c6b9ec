package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.harambee.IntegrationTest;
import org.harambee.MovableClock;
import org.harambee.MovableClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit log keeps what accountability needs: the account a failed sign-in was for (never other typed text),
 * client addresses for administrators only, and those only for the retention period.
 */
@IntegrationTest
@Import(MovableClockConfiguration.class)
class AuditAddressesIntegrationTests {

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
    AuditLog auditLog;
    @Autowired
    AuditAddresses addresses;
    @Autowired
    MovableClock clock;

    TestAccounts people;

    @BeforeEach
    void setUp() {
        clock.reset();
        people = new TestAccounts(accounts, encoder, secondFactorFixtures);
    }

    @Test
    void aFailedSignInNamesTheAccountOrNoneAndKeepsNothingElseThatWasTyped() throws Exception {
        Account account = people.create(Role.MEMBER);
        String typedPassword = "my secret passphrase " + ThreadLocalRandom.current().nextInt();
        mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromUniqueAddress())
                .param("username", typedPassword).param("password", "x"));
        mvc.perform(post("/login").with(csrf()).with(TestAccounts.fromUniqueAddress())
                .param("username", account.email().toUpperCase()).param("password", "wrong"));

        assertThat(audit.findAll()).noneMatch(entry -> (entry.actor() + entry.subject() + entry.details())
                .contains(typedPassword));
        assertThat(audit.findAll()).anyMatch(entry -> entry.action().equals("sign-in.failed")
                && entry.subject().equals(SignInAudit.UNKNOWN_ACCOUNT) && entry.actor().equals(SignInAudit.UNKNOWN_ACCOUNT));
        assertThat(audit.findAll()).anyMatch(entry -> entry.action().equals("sign-in.failed")
                && entry.subject().equals(account.email()));
        assertThat(audit.findAll()).filteredOn(entry -> entry.action().equals("sign-in.failed"))
                .as("said in words, never the security library's class names")
                .noneMatch(entry -> String.valueOf(entry.details()).contains("Exception"));
    }

    @Test
    void onlyAdministratorsSeeClientAddresses() throws Exception {
        String address = "10.250." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
        Account staff = people.create(Role.STAFF);
        mvc.perform(post("/login").with(csrf()).with(TestAccounts.from(address))
                .param("username", staff.email()).param("password", TestAccounts.PASSWORD));

        assertThat(page(staff, staff.email())).contains(staff.email()).doesNotContain(address);
        assertThat(page(people.create(Role.ADMIN), staff.email())).contains(address);
    }

    @Test
    void addressesAreDroppedAfterTheRetentionPeriodAndTheEntriesStay() {
        String subject = TestAccounts.uniqueEmail("kept");
        auditLog.recordFrom("192.0.2.7", "visitor", "password.reset-requested", subject, null);
        clock.advance(Duration.ofDays(29));
        String recent = TestAccounts.uniqueEmail("recent");
        auditLog.recordFrom("192.0.2.8", "visitor", "password.reset-requested", recent, null);
        clock.advance(Duration.ofDays(2));

        addresses.dropExpired();
        addresses.dropExpired();

        assertThat(audit.findAll()).filteredOn(entry -> subject.equals(entry.subject())).singleElement()
                .satisfies(entry -> assertThat(entry.remoteAddress()).isNull());
        assertThat(audit.findAll()).filteredOn(entry -> recent.equals(entry.subject())).singleElement()
                .satisfies(entry -> assertThat(entry.remoteAddress()).isEqualTo("192.0.2.8"));
    }

    /**
     * The audit log's entries of one actor, as this reader sees them (the tests share one database, where others'
     * entries, some at a moved clock's later moments, come first).
     */
    private String page(Account reader, String actor) throws Exception {
        return mvc.perform(get("/staff/audit").with(people.as(reader)).header("Accept-Language", "en")
                .param("actor", actor)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
