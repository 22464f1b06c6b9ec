package org.harambee.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.harambee.IntegrationTest;
import org.harambee.Mailbox;
import org.harambee.MovableClock;
import org.harambee.MovableClockConfiguration;
import org.harambee.Simultaneously;
import org.harambee.TestSmtp;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.Organization;
import org.harambee.workinggroups.GroupDraft;
import org.harambee.workinggroups.GroupKind;
import org.harambee.workinggroups.GroupSummary;
import org.harambee.workinggroups.GroupVisibility;
import org.harambee.workinggroups.JoiningRule;
import org.harambee.workinggroups.WorkingGroups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registration for events as members and organizers go through it in the pages, the clock moved by hand: a freed seat is offered to the first person waiting, and passes
 * on when the offer lapses; access needs are read by the organizers alone and deleted after the event; the online
 * link is for the confirmed; the calendar file says when and where.
 */
@IntegrationTest
@Import(MovableClockConfiguration.class)
class EventsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures members;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Registrar registrar;
    @Autowired
    WorkingGroups workingGroups;

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP).withPerMethodLifecycle(false);

    private HarambeeUser staff;

    @BeforeEach
    void organizer() {
        clock.reset();
        staff = members.account(Role.STAFF);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private MockHttpServletResponse as(HarambeeUser who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf()).header("Accept-Language", "en")).andReturn()
                .getResponse();
    }

    private Object notice(HarambeeUser who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf()).header("Accept-Language", "en")).andReturn()
                .getFlashMap().get("notice");
    }

    private String at(long hours) {
        return LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(hours)), java.time.ZoneId.of(
                "America/Chicago")).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** A training in Chicago in ten days, registration open from an hour ago until the day before. */
    private String training(String title, Integer seats) throws Exception {
        MockHttpServletRequestBuilder form = post("/events").param("titleEn", title).param("kind", "TRAINING")
                .param("timeZone", "America/Chicago").param("startsAt", at(240)).param("endsAt", at(246))
                .param("place", "Community hall, Chicago").param("onlineLink", "https://meet.example.org/" + title
                        .replace(' ', '-')).param("visibility", "PUBLIC").param("registrationOpens", at(-1))
                .param("registrationCloses", at(216)).param("descriptionEn", "Using the **UPR** at home.");
        if (seats != null) {
            form.param("capacity", String.valueOf(seats));
        }
        return as(staff, form).getRedirectedUrl().substring("/events/".length());
    }

    private long count(String slug, String status) {
        return jdbc.queryForObject("select count(*) from event_registration r join network_event e"
                + " on e.id = r.event_id where e.slug = ? and r.status = ?", Long.class, slug, status);
    }

    @Test
    void aFreedSeatGoesToTheFirstPersonWaitingAndPassesOnWhenTheOfferLapses() throws Exception {
        String event = training(MembershipFixtures.unique("Offer"), 2);
        List<HarambeeUser> people = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            people.add(members.account(Role.MEMBER));
            as(people.get(n), post("/events/" + event + "/registration"));
        }
        HarambeeUser first = people.get(0);
        HarambeeUser third = people.get(2);
        HarambeeUser fourth = people.get(3);
        assertThat(as(third, get("/events/" + event)).getContentAsString())
                .contains("You are number 1 on the waiting list").doesNotContain("https://meet.example.org/");
        assertThat(as(first, get("/events/" + event)).getContentAsString()).contains("https://meet.example.org/");
        assertThat(as(fourth, get("/events/" + event)).getContentAsString())
                .contains("You are number 2 on the waiting list");

        assertThat(notice(first, post("/events/" + event + "/registration/cancel")))
                .isEqualTo("events.registration.cancelledNotice");
        assertThat(count(event, "OFFERED")).isEqualTo(1);
        assertThat(as(third, get("/events/" + event)).getContentAsString())
                .contains("A seat was freed and is offered to you until");
        assertThat(Mailbox.bodiesTo(greenMail, third.email(), 2)).anyMatch(mail ->
                mail.startsWith("A seat is yours if you take it"));
        clock.advance(Duration.ofMinutes(1));
        assertThat(as(first, post("/events/" + event + "/registration")).getRedirectedUrl()).isNotNull();
        assertThat(as(first, get("/events/" + event)).getContentAsString())
                .contains("You are number 2 on the waiting list");

        clock.advance(Duration.ofHours(25));
        assertThat(registrar.passOnLapsedOffers()).isEqualTo(1);
        assertThat(registrar.passOnLapsedOffers()).isZero();
        assertThat(Mailbox.bodiesTo(greenMail, third.email(), 3)).anyMatch(mail ->
                mail.startsWith("The seat offered to you has gone"));
        assertThat(notice(third, post("/events/" + event + "/registration/take")))
                .isEqualTo("events.offer.notOffered");
        assertThat(notice(fourth, post("/events/" + event + "/registration/take")))
                .isEqualTo("events.offer.takenNotice");
        assertThat(as(fourth, get("/events/" + event)).getContentAsString()).contains("You have a seat.",
                "https://meet.example.org/");
        assertThat(count(event, "CONFIRMED")).isEqualTo(2);
        assertThat(count(event, "WAITING")).isEqualTo(1);
    }

    @Test
    void accessNeedsAreForTheOrganizersAloneAndGoneAfterTheEvent() throws Exception {
        String event = training(MembershipFixtures.unique("Needs"), null);
        HarambeeUser deaf = members.account(Role.MEMBER);
        HarambeeUser other = members.account(Role.MEMBER);
        as(deaf, post("/events/" + event + "/registration").param("interpretation", "American Sign Language")
                .param("wheelchair", "true"));
        as(other, post("/events/" + event + "/registration").param("dietary", "Halal"));
        assertThat(as(staff, get("/events/" + event + "/registrations")).getContentAsString())
                .contains("Interpretation into American Sign Language: 1", "Wheelchair access: 1",
                        "Dietary needs: Halal");
        assertThat(as(other, get("/events/" + event + "/registrations")).getStatus()).isEqualTo(403);
        assertThat(as(other, get("/events/" + event)).getContentAsString()).doesNotContain("American Sign Language");

        notice(other, post("/events/" + event + "/registration/cancel"));
        assertThat(as(staff, get("/events/" + event + "/registrations")).getContentAsString()).doesNotContain("Halal");

        clock.advance(Duration.ofDays(10 + registrar.needsKeptDays() + 1));
        assertThat(registrar.deleteNeedsAfterEvents()).isGreaterThanOrEqualTo(1);
        assertThat(as(staff, get("/events/" + event + "/registrations")).getContentAsString())
                .doesNotContain("American Sign Language").contains("Nobody has told a need.");
    }

    @Test
    void theCalendarFileSaysWhenAndWhereAndMembersOnlyEventsAreUnknownToVisitors() throws Exception {
        String event = training(MembershipFixtures.unique("Calendar"), 5);
        MockHttpServletResponse ics = mvc.perform(get("/events/" + event + "/calendar.ics")).andReturn().getResponse();
        assertThat(ics.getContentType()).startsWith("text/calendar");
        String unfolded = ics.getContentAsString().replace("\r\n ", "");
        assertThat(unfolded).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT", "LOCATION:Community hall\\,"
                + " Chicago", "DTSTART:", "END:VCALENDAR").doesNotContain("meet.example.org");

        as(staff, post("/events/" + event).param("titleEn", "Members " + event).param("kind", "WEBINAR")
                .param("timeZone", "America/Chicago").param("startsAt", at(240)).param("endsAt", at(246))
                .param("onlineLink", "https://meet.example.org/members").param("visibility", "MEMBERS")
                .param("registrationOpens", at(-1)).param("registrationCloses", at(216)));
        assertThat(mvc.perform(get("/events/" + event)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/events")).andReturn().getResponse().getContentAsString())
                .doesNotContain("Members " + event);
        assertThat(as(members.account(Role.MEMBER), get("/events")).getContentAsString())
                .contains("Members " + event);
    }

    private List<Long> issueAreas() {
        return jdbc.queryForList("select id from issue_area where retired = false order by id", Long.class);
    }

    private String eventIn(String title, Long area, String place, String link) throws Exception {
        MockHttpServletRequestBuilder form = post("/events").param("titleEn", title).param("kind", "WEBINAR")
                .param("language", "EN_ES").param("timeZone", "America/Chicago").param("startsAt", at(240))
                .param("endsAt", at(246)).param("visibility", "PUBLIC").param("registrationOpens", at(-1))
                .param("registrationCloses", at(216)).param("issueAreas", String.valueOf(area));
        if (place != null) {
            form.param("place", place);
        }
        if (link != null) {
            form.param("onlineLink", link);
        }
        return as(staff, form).getRedirectedUrl().substring("/events/".length());
    }

    private static Calendar parsed(MockHttpServletResponse ics) throws Exception {
        assertThat(ics.getContentType()).startsWith("text/calendar");
        return new CalendarBuilder().build(new StringReader(ics.getContentAsString()));
    }

    private static List<String> summaries(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(event -> event.getSummary().getValue()).toList();
    }

    @Test
    void theCalendarFeedOfAnIssueAreaHoldsItsEventsAsACalendarProgramReadsThem() throws Exception {
        List<Long> areas = issueAreas();
        String housing = MembershipFixtures.unique("Feed, housing; \\ and more");
        String labor = MembershipFixtures.unique("Feed labor");
        String cancelled = MembershipFixtures.unique("Feed cancelled");
        eventIn(housing, areas.get(0), "Hall, Chicago", null);
        eventIn(labor, areas.get(1), null, "https://meet.example.org/feed-labor");
        String gone = eventIn(cancelled, areas.get(0), "Hall, Chicago", null);
        notice(staff, post("/events/" + gone + "/cancel"));

        Calendar feed = parsed(mvc.perform(get("/events/calendar.ics").param("area", String.valueOf(areas.get(0))))
                .andReturn().getResponse());
        assertThat(summaries(feed)).contains(housing, cancelled).doesNotContain(labor);
        VEvent called = feed.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(event -> event.getSummary().getValue().equals(cancelled)).findFirst().orElseThrow();
        assertThat(called.getProperty(Property.STATUS).map(Property::getValue)).contains("CANCELLED");
        VEvent kept = feed.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(event -> event.getSummary().getValue().equals(housing)).findFirst().orElseThrow();
        assertThat(kept.getProperty(Property.LOCATION).map(Property::getValue)).contains("Hall, Chicago");
        assertThat(kept.getProperty(Property.STATUS)).isEmpty();

        Calendar all = parsed(mvc.perform(get("/events/calendar.ics")).andReturn().getResponse());
        assertThat(summaries(all)).contains(housing, labor, cancelled);
        assertThat(all.toString()).doesNotContain("meet.example.org/feed-labor");
        Calendar online = parsed(mvc.perform(get("/events/calendar.ics").param("mode", "online")).andReturn()
                .getResponse());
        assertThat(summaries(online)).contains(labor).doesNotContain(housing);
    }

    @Test
    void theListNarrowsByFacetsSaysWhatItIgnoredAndShowsTheMonth() throws Exception {
        List<Long> areas = issueAreas();
        String first = MembershipFixtures.unique("Facet first");
        String second = MembershipFixtures.unique("Facet second");
        eventIn(first, areas.get(2), "Hall, Chicago", "https://meet.example.org/facets");
        String other = eventIn(second, areas.get(3), "Hall, Chicago", null);

        String page = as(members.account(Role.MEMBER), get("/events").param("area", String.valueOf(areas.get(2)))
                .param("mode", "online").param("kind", "no-such-kind")).getContentAsString();
        assertThat(page).contains(first, "no-such-kind").doesNotContain(second);

        String month = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(240)),
                java.time.ZoneId.of("America/Chicago")).toLocalDate().toString();
        String grid = mvc.perform(get("/events").param("view", "month").param("month", month.substring(0, 7))
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
        int day = grid.indexOf("datetime=\"" + month + "\"");
        assertThat(day).isPositive();
        int nextDay = grid.indexOf("<li class=\"day", day);
        assertThat(grid.substring(day, nextDay < 0 ? grid.length() : nextDay)).contains(first, second,
                "/events/" + other);
        assertThat(mvc.perform(get("/events").param("view", "month").param("month", "2026-13"))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aPublicEventDescribesItselfToSearchEnginesWithoutItsPrivateLink() throws Exception {
        String title = MembershipFixtures.unique("Structured </script> event");
        String slug = eventIn(title, issueAreas().get(0), "Hall, Chicago", "https://meet.example.org/private-room");
        String page = mvc.perform(get("/events/" + slug).header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString();
        String json = page.substring(page.indexOf("<script type=\"application/ld+json\">") + 35,
                page.indexOf("</script>", page.indexOf("application/ld+json")));
        JsonNode event = JsonMapper.builder().build().readTree(json);
        assertThat(event.get("@type").asString()).isEqualTo("Event");
        assertThat(event.get("name").asString()).isEqualTo(title);
        assertThat(event.get("eventAttendanceMode").asString()).endsWith("MixedEventAttendanceMode");
        assertThat(event.get("startDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}-0[56]:00");
        assertThat(json).doesNotContain("private-room");
        assertThat(page).contains("og:title", "Mastodon").doesNotContain("private-room");
    }

    @Test
    void organizersWriteToThoseTheyChooseAndDownloadTheRegistrationsWithFormulasDefused() throws Exception {
        String event = training(MembershipFixtures.unique("Organizers"), 1);
        HarambeeUser seated = members.account(Role.MEMBER);
        HarambeeUser waiting = members.account(Role.MEMBER);
        as(seated, post("/events/" + event + "/registration").param("other", "=HYPERLINK(\"https://evil.example\")"));
        as(waiting, post("/events/" + event + "/registration"));

        MockHttpServletResponse refused = as(staff, post("/events/" + event + "/message").param("audience",
                "CONFIRMED").param("subject", " ").param("body", "Bring water"));
        assertThat(refused.getContentAsString()).contains("id=\"subject-error\"");

        String subject = MembershipFixtures.unique("Room change");
        assertThat(notice(staff, post("/events/" + event + "/message").param("audience", "CONFIRMED")
                .param("subject", subject).param("body", "We meet in room 4."))).isEqualTo("events.message.sent");
        assertThat(Mailbox.bodiesTo(greenMail, seated.email(), 2)).anyMatch(mail -> mail.startsWith(subject)
                && mail.contains("We meet in room 4.") && mail.contains("/events/" + event));
        String everyone = MembershipFixtures.unique("Everyone");
        notice(staff, post("/events/" + event + "/message").param("audience", "EVERYONE").param("subject", everyone)
                .param("body", "Thank you."));
        assertThat(Mailbox.bodiesTo(greenMail, waiting.email(), 2)).anyMatch(mail -> mail.startsWith(everyone))
                .noneMatch(mail -> mail.startsWith(subject));

        MockHttpServletResponse csv = as(staff, get("/events/" + event + "/registrations.csv"));
        assertThat(csv.getContentType()).startsWith("text/csv");
        String text = csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains(seated.email(), waiting.email(), "'=HYPERLINK(", ",Waiting,")
                .doesNotContain(",=HYPERLINK");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject = ?",
                Long.class, "events.registrations.exported", "event " + event)).isEqualTo(1);
        assertThat(as(seated, get("/events/" + event + "/registrations.csv")).getStatus()).isEqualTo(403);
    }

    @Test
    void theConfirmedAreRemindedTheDayBeforeOnceWhateverTheNumberOfNodes() throws Exception {
        String event = training(MembershipFixtures.unique("Reminder"), 1);
        HarambeeUser seated = members.account(Role.MEMBER);
        HarambeeUser waiting = members.account(Role.MEMBER);
        as(seated, post("/events/" + event + "/registration"));
        as(waiting, post("/events/" + event + "/registration"));
        assertThat(registrar.sendReminders()).isZero();

        clock.advance(Duration.ofHours(240 - 20));
        List<Integer> sent = Simultaneously.run(4, registrar::sendReminders);
        assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(1);
        assertThat(registrar.sendReminders()).isZero();
        List<String> mails = Mailbox.bodiesTo(greenMail, seated.email(), 2);
        assertThat(mails.stream().filter(mail -> mail.startsWith("Tomorrow:"))).hasSize(1).allMatch(mail ->
                mail.contains("Community hall, Chicago") && mail.contains("https://meet.example.org/"));
        assertThat(Mailbox.bodiesTo(greenMail, waiting.email(), 1)).noneMatch(mail -> mail.startsWith("Tomorrow:"));
        assertThat(jdbc.queryForObject("select count(*) from network_event where slug = ? and reminders_sent_at"
                + " is not null", Long.class, event)).isEqualTo(1);
    }

    private MockHttpServletRequestBuilder hostedBy(String title, Long group, String visibility) {
        return post("/events").param("titleEn", title).param("kind", "CONSULTATION").param("language", "EN")
                .param("timeZone", "America/Chicago").param("startsAt", at(240)).param("endsAt", at(246))
                .param("place", "Caucus room").param("visibility", visibility).param("registrationOpens", at(-1))
                .param("registrationCloses", at(216)).param("groupId", String.valueOf(group));
    }

    @Test
    void aGroupsConvenersOrganizeItsEventsAndAGroupsEventIsUnknownOutsideIt() throws Exception {
        HarambeeUser convener = members.account(Role.MEMBER);
        HarambeeUser otherConvener = members.account(Role.MEMBER);
        HarambeeUser outsider = members.account(Role.MEMBER);
        String caucusName = MembershipFixtures.unique("Events caucus");
        GroupSummary caucus = workingGroups.create(new GroupDraft(caucusName, "Plans", GroupKind.CAUCUS,
                GroupVisibility.PRIVATE, JoiningRule.OPEN, Set.of(), Set.of()), convener);
        GroupSummary other = workingGroups.create(new GroupDraft(MembershipFixtures.unique("Other events group"),
                "Other", GroupKind.CAUCUS, GroupVisibility.MEMBERS, JoiningRule.OPEN, Set.of(), Set.of()),
                otherConvener);

        assertThat(as(outsider, get("/events/new")).getStatus()).isEqualTo(403);
        assertThat(as(convener, get("/events/new")).getContentAsString()).contains(caucusName)
                .doesNotContain(other.name());
        String title = MembershipFixtures.unique("Caucus meeting");
        MockHttpServletResponse refused = as(convener, hostedBy(title, other.id(), "GROUP"));
        assertThat(refused.getContentAsString()).contains("id=\"groupId-error\"",
                "Choose one of the groups you convene.");
        String slug = as(convener, hostedBy(title, caucus.id(), "GROUP")).getRedirectedUrl()
                .substring("/events/".length());

        assertThat(as(convener, get("/events/" + slug)).getContentAsString()).contains(title, caucusName);
        assertThat(as(convener, get("/events/" + slug + "/registrations")).getStatus()).isEqualTo(200);
        assertThat(as(outsider, get("/events/" + slug)).getStatus()).isEqualTo(404);
        assertThat(as(staff, get("/events/" + slug)).getStatus()).isEqualTo(404);
        assertThat(as(outsider, get("/events")).getContentAsString()).doesNotContain(title);
        assertThat(as(outsider, post("/events/" + slug + "/registration")).getStatus()).isEqualTo(404);

        String open = MembershipFixtures.unique("Caucus public hearing");
        String publicSlug = as(convener, hostedBy(open, caucus.id(), "PUBLIC")).getRedirectedUrl()
                .substring("/events/".length());
        String seen = mvc.perform(get("/events/" + publicSlug)).andReturn().getResponse().getContentAsString();
        assertThat(seen).contains(open).doesNotContain(caucusName);
        assertThat(as(otherConvener, get("/events/" + publicSlug + "/registrations")).getStatus()).isEqualTo(403);
        assertThat(as(otherConvener, post("/events/" + publicSlug + "/cancel")).getStatus()).isEqualTo(403);
        assertThat(as(staff, get("/events/" + publicSlug + "/registrations")).getStatus()).isEqualTo(200);
    }

    private static String visitorLink(String mail, String event) {
        Matcher link = Pattern.compile("/events/" + Pattern.quote(event) + "/visitor/[0-9]+-[A-Za-z0-9_-]+")
                .matcher(mail);
        assertThat(link.find()).as("a link in " + mail).isTrue();
        return link.group();
    }

    @Test
    void aVisitorConfirmsTheirAddressByTheLinkWaitsTakesAFreedSeatAndNobodyLearnsWhoRegistered() throws Exception {
        String event = training(MembershipFixtures.unique("Visitors"), 1);
        as(staff, post("/events/" + event).param("titleEn", "Visitors " + event).param("kind", "TRAINING")
                .param("timeZone", "America/Chicago").param("startsAt", at(240)).param("endsAt", at(246))
                .param("place", "Community hall, Chicago").param("onlineLink", "https://meet.example.org/visitors")
                .param("visibility", "PUBLIC").param("capacity", "1").param("openToVisitors", "true")
                .param("registrationOpens", at(-1)).param("registrationCloses", at(216)));
        HarambeeUser seated = members.account(Role.MEMBER);
        as(seated, post("/events/" + event + "/registration"));
        String address = "visitor-" + MembershipFixtures.unique("v").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "") + "@example.org";

        MvcResult sent = mvc.perform(post("/events/" + event + "/visitors").with(csrf()).param("name", "Ana Visitor")
                .param("email", address).param("interpretation", "ASL")).andReturn();
        assertThat(sent.getFlashMap().get("notice")).isEqualTo("events.visitor.checkMail");
        String link = visitorLink(Mailbox.bodiesTo(greenMail, address, 1).get(0), event);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where body like ?", Long.class,
                "%" + link.substring(link.indexOf('-', link.indexOf("/visitor/")) + 1) + "%")).isZero();

        assertThat(mvc.perform(get(link).header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString()).contains("Confirm my registration", "Ana Visitor")
                .doesNotContain("meet.example.org/visitors");
        assertThat(count(event, "UNCONFIRMED")).isEqualTo(1);

        MvcResult again = mvc.perform(post("/events/" + event + "/visitors").with(csrf())
                .param("name", "Ana Visitor").param("email", address.toUpperCase(Locale.ROOT))
                .param("interpretation", "ASL")).andReturn();
        assertThat(again.getFlashMap().get("notice")).isEqualTo("events.visitor.checkMail");
        assertThat(jdbc.queryForObject("select count(*) from event_registration where lower(email) = ?", Long.class,
                address)).isEqualTo(1);
        assertThat(Mailbox.bodiesTo(greenMail, address, 2)).hasSize(1);

        assertThat(mvc.perform(post(link + "/confirm").with(csrf())).andReturn().getFlashMap().get("notice"))
                .isEqualTo("events.registration.waitingNotice");
        assertThat(count(event, "WAITING")).isEqualTo(1);
        assertThat(mvc.perform(get(link.replaceAll("-[A-Za-z0-9_-]+$", "-forged"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        String other = training(MembershipFixtures.unique("Other visitors"), 1);
        assertThat(mvc.perform(get(link.replace("/events/" + event + "/", "/events/" + other + "/"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);

        notice(seated, post("/events/" + event + "/registration/cancel"));
        String offered = Mailbox.bodiesTo(greenMail, address, 3).stream()
                .filter(mail -> mail.startsWith("A seat is yours")).findFirst().orElseThrow();
        assertThat(visitorLink(offered, event)).isEqualTo(link);
        assertThat(mvc.perform(post(link + "/take").with(csrf())).andReturn().getFlashMap().get("notice"))
                .isEqualTo("events.offer.takenNotice");
        assertThat(mvc.perform(get(link).header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString()).contains("You have a seat.", "https://meet.example.org/visitors");
        assertThat(as(staff, get("/events/" + event + "/registrations")).getContentAsString())
                .contains("Ana Visitor", "ASL");

        String closed = training(MembershipFixtures.unique("Members only visitors"), 3);
        MockHttpServletResponse refused = mvc.perform(post("/events/" + closed + "/visitors").with(csrf())
                .header("Accept-Language", "en").param("name", "Bo").param("email", "bo@example.org")).andReturn()
                .getResponse();
        assertThat(refused.getContentAsString()).contains("This event takes registrations from members only.");
    }

    private Long ticketType(String slug, String name) {
        return jdbc.queryForObject("select t.id from event_ticket_type t join network_event e on e.id = t.event_id"
                + " where e.slug = ? and t.name_en = ?", Long.class, slug, name);
    }

    private String status(String slug, HarambeeUser who) {
        return jdbc.queryForObject("select r.status from event_registration r join network_event e"
                + " on e.id = r.event_id where e.slug = ? and r.account_id = ?", String.class, slug, who.accountId());
    }

    private MockHttpServletRequestBuilder ticketed(String title) {
        return post("/events").param("titleEn", title).param("kind", "CONFERENCE")
                .param("timeZone", "America/Chicago").param("startsAt", at(240)).param("endsAt", at(246))
                .param("place", "Hall").param("visibility", "PUBLIC").param("openToVisitors", "true")
                .param("registrationOpens", at(-1)).param("registrationCloses", at(216))
                .param("ticketTypes[0].nameEn", "Member delegate").param("ticketTypes[0].capacity", "1")
                .param("ticketTypes[0].membersOnly", "true")
                .param("ticketTypes[1].nameEn", "Guest").param("ticketTypes[1].capacity", "2");
    }

    @Test
    void eachTicketTypeHasItsOwnSeatsAndQueueAndMembersOnlyTypesAreClosedToVisitors() throws Exception {
        String title = MembershipFixtures.unique("Tickets");
        MockHttpServletResponse unnamed = as(staff, ticketed(title).param("ticketTypes[2].capacity", "5"));
        assertThat(unnamed.getContentAsString()).contains("id=\"ticketTypes-2--nameEn-error\"",
                "Name this ticket type, or leave its seats empty.");
        String slug = as(staff, ticketed(title)).getRedirectedUrl().substring("/events/".length());
        Long delegate = ticketType(slug, "Member delegate");
        Long guest = ticketType(slug, "Guest");

        HarambeeUser first = members.account(Role.MEMBER);
        HarambeeUser second = members.account(Role.MEMBER);
        HarambeeUser third = members.account(Role.MEMBER);
        assertThat(as(first, post("/events/" + slug + "/registration")).getContentAsString())
                .contains("id=\"ticketType-error\"", "Choose a ticket type.");
        as(first, post("/events/" + slug + "/registration").param("ticketType", String.valueOf(delegate)));
        as(second, post("/events/" + slug + "/registration").param("ticketType", String.valueOf(delegate)));
        as(third, post("/events/" + slug + "/registration").param("ticketType", String.valueOf(guest)));
        assertThat(List.of(status(slug, first), status(slug, second), status(slug, third)))
                .containsExactly("CONFIRMED", "WAITING", "CONFIRMED");

        MockHttpServletResponse visitor = mvc.perform(post("/events/" + slug + "/visitors").with(csrf())
                .header("Accept-Language", "en").param("name", "Press person").param("email", "press@example.org")
                .param("ticketType", String.valueOf(delegate))).andReturn().getResponse();
        assertThat(visitor.getContentAsString()).contains("This ticket type is for members only.");
        assertThat(mvc.perform(get("/events/" + slug).header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString()).contains("Guest").doesNotContain("Member delegate");

        notice(first, post("/events/" + slug + "/registration/cancel"));
        assertThat(status(slug, second)).isEqualTo("OFFERED");
        assertThat(as(staff, post("/events/" + slug).param("titleEn", title).param("kind", "CONFERENCE")
                .param("timeZone", "America/Chicago").param("startsAt", at(240)).param("endsAt", at(246))
                .param("place", "Hall").param("visibility", "PUBLIC").param("registrationOpens", at(-1))
                .param("registrationCloses", at(216)).param("ticketTypes[0].id", String.valueOf(guest))
                .param("ticketTypes[0].nameEn", "Guest")).getContentAsString())
                .contains("The ticket type Member delegate is held by registrations and cannot be removed.");
        assertThat(as(staff, get("/events/" + slug + "/registrations.csv")).getContentAsString())
                .contains("Ticket type", "Member delegate", "Guest");
    }

    @Test
    void memberOrganizationsCoHostAnEventAsTheirRepresentativesOrStaffNameThemAndReadersSeeThoseTheyMayKnow()
            throws Exception {
        Organization listed = members.organization(MembershipFixtures.unique("Cohost listed"), MembershipStatus.ACTIVE,
                true);
        Organization unlisted = members.organization(MembershipFixtures.unique("Cohost unlisted"),
                MembershipStatus.ACTIVE, false);
        String title = MembershipFixtures.unique("Cohosted");
        MockHttpServletResponse refused = as(staff, post("/events").param("titleEn", title).param("kind", "ACTION")
                .param("timeZone", "America/Chicago").param("startsAt", at(240)).param("endsAt", at(246))
                .param("place", "Plaza").param("visibility", "PUBLIC").param("registrationOpens", at(-1))
                .param("registrationCloses", at(216))
                .param("hostOrganizations", listed.name() + "\n\nNo such organization " + title));
        assertThat(refused.getContentAsString()).contains("id=\"hostOrganizations-error\"", "Line 2: no member"
                + " organization is named");
        String slug = as(staff, post("/events").param("titleEn", title).param("kind", "ACTION")
                .param("timeZone", "America/Chicago").param("startsAt", at(240)).param("endsAt", at(246))
                .param("place", "Plaza").param("visibility", "PUBLIC").param("registrationOpens", at(-1))
                .param("registrationCloses", at(216))
                .param("hostOrganizations", listed.name().toUpperCase(Locale.ROOT) + "\n" + unlisted.name()))
                .getRedirectedUrl().substring("/events/".length());

        String seen = mvc.perform(get("/events/" + slug).header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString();
        assertThat(seen).contains("/organizations/" + listed.slug()).doesNotContain(unlisted.name());
        assertThat(as(members.account(Role.MEMBER), get("/events/" + slug)).getContentAsString())
                .contains(listed.name(), unlisted.name());
        assertThat(as(staff, get("/events/" + slug + "/edit")).getContentAsString()).contains(listed.name(),
                unlisted.name());

        HarambeeUser convener = members.representativeOf(listed);
        GroupSummary group = workingGroups.create(new GroupDraft(MembershipFixtures.unique("Cohost group"), "Plans",
                GroupKind.CAUCUS, GroupVisibility.MEMBERS, JoiningRule.OPEN, Set.of(), Set.of()), convener);
        MockHttpServletResponse notTheirs = as(convener, hostedBy(MembershipFixtures.unique("Not theirs"), group.id(),
                "PUBLIC").param("hostOrganizations", unlisted.name()));
        assertThat(notTheirs.getContentAsString()).contains("is not an organization you represent");
        assertThat(as(convener, hostedBy(MembershipFixtures.unique("Theirs"), group.id(), "PUBLIC")
                .param("hostOrganizations", listed.name())).getRedirectedUrl()).startsWith("/events/");

        Organization lapsed = members.organization(MembershipFixtures.unique("Cohost lapsed"),
                MembershipStatus.LAPSED, true);
        String kept = MembershipFixtures.unique("Kept cohost");
        String keptSlug = as(staff, hostedBy(kept, group.id(), "PUBLIC")
                .param("hostOrganizations", listed.name() + "\n" + lapsed.name())).getRedirectedUrl()
                .substring("/events/".length());
        assertThat(as(convener, get("/events/" + keptSlug + "/edit")).getContentAsString())
                .doesNotContain(lapsed.name());
        MockHttpServletResponse saved = as(convener, post("/events/" + keptSlug).param("titleEn", kept)
                .param("kind", "CONSULTATION").param("language", "EN").param("timeZone", "America/Chicago")
                .param("startsAt", at(240)).param("endsAt", at(246)).param("place", "Caucus room")
                .param("visibility", "PUBLIC").param("registrationOpens", at(-1)).param("registrationCloses", at(216))
                .param("groupId", String.valueOf(group.id())).param("hostOrganizations", listed.name()));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/events/" + keptSlug);
        assertThat(jdbc.queryForObject("select count(*) from event_host_organizations h join network_event e"
                + " on e.id = h.event_id where e.slug = ? and h.organization_id = ?", Long.class, keptSlug,
                lapsed.id())).isEqualTo(1);
    }

    @Test
    void oneAddressSentManyTimesAtOnceRegistersOnceAndAlwaysGetsTheSameAnswer() throws Exception {
        String event = training(MembershipFixtures.unique("Visitors at once"), 5);
        as(staff, post("/events/" + event).param("titleEn", "At once " + event).param("kind", "TRAINING")
                .param("timeZone", "America/Chicago").param("startsAt", at(240)).param("endsAt", at(246))
                .param("place", "Community hall, Chicago").param("visibility", "PUBLIC").param("capacity", "5")
                .param("openToVisitors", "true").param("registrationOpens", at(-1))
                .param("registrationCloses", at(216)));
        String address = MembershipFixtures.uniqueEmail("at-once");
        List<Object> answers = Simultaneously.run(8, () -> mvc.perform(post("/events/" + event + "/visitors")
                .with(csrf()).param("name", "Same person").param("email", address)).andReturn().getFlashMap()
                .get("notice"));
        assertThat(answers).containsOnly("events.visitor.checkMail");
        assertThat(jdbc.queryForObject("select count(*) from event_registration where visitor_email = ?",
                Long.class, address.toLowerCase(Locale.ROOT))).isEqualTo(1);
    }
}
