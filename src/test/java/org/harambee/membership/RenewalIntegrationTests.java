package org.harambee.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.harambee.IntegrationTest;
import org.harambee.MovableClock;
import org.harambee.MovableClockConfiguration;
import org.harambee.TestSmtp;
import org.harambee.identity.Role;
import org.harambee.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The daily renewal job on a clock the test moves: reminders 30 and 7 days ahead, each once; lapsing after grace. */
@IntegrationTest
@Import(MovableClockConfiguration.class)
class RenewalIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    MovableClock clock;
    @Autowired
    MemberLifecycle lifecycle;
    @Autowired
    MockMvc mvc;
    @Autowired
    MemberRegistry registry;
    @Autowired
    Taxonomy taxonomy;

    @Autowired

    MembershipFixtures fixtures;

    @BeforeEach
    void setUp() {
        clock.reset();
    }

    Organization activeUntil(LocalDate renewal, String language) {
        String name = MembershipFixtures.unique("Renewing Org");
        PersonDetails contact = new PersonDetails("Renata", null, null, null, MembershipFixtures.uniqueEmail("renata"),
                null, null, null, null, null, true);
        Long id = registry.registerOrganizations(List.of(new OrganizationRegistration(fixtures.profile(name, false),
                List.of(contact), new Standing(MembershipStatus.ACTIVE, false, renewal.minusYears(1), renewal),
                language))).get(0);
        return fixtures.loaded(id);
    }

    List<MimeMessage> mailTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void remindersGoOutThirtyAndSevenDaysBeforeRenewalEachOnlyOnce() {
        LocalDate today = LocalDate.now(clock);
        Organization o = activeUntil(today.plusDays(35), "es");
        String email = o.contactEmail();

        lifecycle.daily();
        assertThat(mailTo(email)).isEmpty();
        clock.advance(Duration.ofDays(5));
        lifecycle.daily();
        lifecycle.daily();
        assertThat(mailTo(email)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).contains("su membresía se renueva");
            assertThat(GreenMailUtil.getBody(mail)).contains("dentro de 30 d");
        });
        clock.advance(Duration.ofDays(22));
        lifecycle.daily();
        assertThat(mailTo(email)).hasSize(1);
        clock.advance(Duration.ofDays(1));
        lifecycle.daily();
        lifecycle.daily();
        assertThat(mailTo(email)).hasSize(2);
        clock.advance(Duration.ofDays(7));
        lifecycle.daily();
        assertThat(mailTo(email)).hasSize(2);
        assertThat(fixtures.loaded(o.id()).status()).isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void anUnrenewedMembershipLapsesAfterTheGracePeriodAndRenewingMakesItActiveAgain() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Organization o = activeUntil(today.plusDays(3), "en");

        clock.advance(Duration.ofDays(3 + 30));
        lifecycle.daily();
        assertThat(fixtures.loaded(o.id()).status()).isEqualTo(MembershipStatus.ACTIVE);

        clock.advance(Duration.ofDays(1));
        lifecycle.daily();
        Organization lapsed = fixtures.loaded(o.id());
        assertThat(lapsed.status()).isEqualTo(MembershipStatus.LAPSED);
        assertThat(lapsed.history()).last().satisfies(change -> {
            assertThat(change.action()).isEqualTo(MembershipAction.LAPSED);
            assertThat(change.actor()).isEqualTo("system");
            assertThat(change.occurredAt()).isEqualTo(clock.instant());
        });
        lifecycle.daily();
        assertThat(fixtures.loaded(o.id()).history()).hasSize(2);

        mvc.perform(post("/staff/members/" + o.id() + "/renew").param("reason", "Dues received")
                .with(user(fixtures.account(Role.STAFF))).with(csrf()));
        Organization renewed = fixtures.loaded(o.id());
        assertThat(renewed.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(renewed.renewalDate()).isEqualTo(LocalDate.now(clock).plusYears(1));
        assertThat(renewed.history()).last().extracting(StatusChange::reason).isEqualTo("Dues received");
    }

}
