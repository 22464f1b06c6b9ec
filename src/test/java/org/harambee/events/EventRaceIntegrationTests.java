package org.harambee.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.harambee.IntegrationTest;
import org.harambee.Simultaneously;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two hundred members register at once for twenty seats, on the real clock: exactly twenty are confirmed, the first
 * twenty to reach the event's lock, and the others wait (on H2 and, in CI, on PostgreSQL). More registrations at once
 * than the database pool has connections, too: none needs a second connection while it holds the lock.
 */
@IntegrationTest
class EventRaceIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures members;
    @Autowired
    JdbcTemplate jdbc;

    private Object notice(HarambeeUser who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf()).header("Accept-Language", "en")).andReturn()
                .getFlashMap().get("notice");
    }

    private static String inChicago(long hours) {
        return LocalDateTime.now(ZoneId.of("America/Chicago")).plusHours(hours).truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    private long count(String slug, String status) {
        return jdbc.queryForObject("select count(*) from event_registration r join network_event e"
                + " on e.id = r.event_id where e.slug = ? and r.status = ?", Long.class, slug, status);
    }

    @Test
    void twoHundredMembersAtOnceForTwentySeatsMakeExactlyTwentyConfirmedInTheOrderTheyCame() throws Exception {
        HarambeeUser staff = members.account(Role.STAFF);
        String event = mvc.perform(post("/events").with(user(staff)).with(csrf())
                .param("titleEn", MembershipFixtures.unique("Race")).param("kind", "CONFERENCE")
                .param("timeZone", "America/Chicago").param("startsAt", inChicago(240))
                .param("endsAt", inChicago(250)).param("place", "Convention center, Chicago")
                .param("visibility", "PUBLIC").param("capacity", "20").param("registrationOpens", inChicago(-1))
                .param("registrationCloses", inChicago(200))).andReturn().getResponse().getRedirectedUrl()
                .substring("/events/".length());
        List<HarambeeUser> people = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            people.add(members.account(Role.MEMBER));
        }
        AtomicInteger next = new AtomicInteger();
        List<Object> answers = Simultaneously.run(200, () -> notice(people.get(next.getAndIncrement()),
                post("/events/" + event + "/registration")));
        assertThat(answers).filteredOn("events.registration.confirmedNotice"::equals).hasSize(20);
        assertThat(answers).filteredOn("events.registration.waitingNotice"::equals).hasSize(180);
        assertThat(count(event, "CONFIRMED")).isEqualTo(20);
        assertThat(count(event, "WAITING")).isEqualTo(180);
        assertThat(jdbc.queryForObject("select max(r.registered_at) <= (select min(w.registered_at)"
                + " from event_registration w where w.event_id = e.id and w.status = 'WAITING')"
                + " from event_registration r join network_event e on e.id = r.event_id"
                + " where e.slug = ? and r.status = 'CONFIRMED' group by e.id", Boolean.class, event)).isTrue();
    }
}
