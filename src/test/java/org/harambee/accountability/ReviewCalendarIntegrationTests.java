package org.harambee.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.harambee.IntegrationTest;
import org.harambee.MovableClock;
import org.harambee.MovableClockConfiguration;
import org.harambee.TestSmtp;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.Organization;
import org.harambee.search.SearchIndexes;
import org.harambee.site.ICalendar;
import org.harambee.workinggroups.GroupDraft;
import org.harambee.workinggroups.GroupKind;
import org.harambee.workinggroups.GroupSummary;
import org.harambee.workinggroups.GroupVisibility;
import org.harambee.workinggroups.JoiningRule;
import org.harambee.workinggroups.WorkingGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The review calendar through its pages, feed and daily job, on a clock the tests move: staff enter, correct and
 * delete reviews (bad input answered at the field, changing nothing), the list and the iCalendar feed show them,
 * and the representatives of organizations that adopted a recommendation are reminded of a deadline 30 and 7 days
 * before it, each once.
 */
@IntegrationTest
@Import(MovableClockConfiguration.class)
class ReviewCalendarIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    MockMvc mvc;
    @Autowired
    MovableClock clock;
    @Autowired
    ReviewCalendar calendar;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    WorkingGroups workingGroups;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UprImporter importer;
    @Autowired
    SearchIndexes index;
    @Autowired
    FollowUp followUp;
    @Value("${harambee.time-zone}")
    ZoneId zone;
    @Value("${harambee.base-url}")
    String baseUrl;

    private HarambeeUser staff;

    @BeforeEach
    void setUp() {
        clock.reset();
        ZonedDateTime now = clock.instant().atZone(zone);
        clock.advance(Duration.between(now, now.toLocalDate().plusDays(1).atTime(12, 0).atZone(zone)));
        staff = fixtures.account(Role.STAFF);
    }

    @Test
    void staffEnterAReviewThatTheListAndTheFeedShowAndCorrectAndDeleteIt() throws Exception {
        HarambeeUser member = fixtures.account(Role.MEMBER);
        GroupSummary caucus = group("Shadow report caucus", staff);
        String session = MembershipFixtures.unique("UPR Working Group, 50th session");
        LocalDate today = calendar.today();
        LocalDate startsOn = today.plusDays(210);
        LocalDate endsOn = today.plusDays(221);
        LocalDate deadline = today.plusDays(200);

        MvcResult created = mvc.perform(review(post("/staff/un/reviews/new"), "UPR", session, startsOn, endsOn,
                deadline, caucus.id(), "Send submissions through the OHCHR portal; one per coalition.")
                .with(user(staff)).with(csrf())).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/un/reviews");
        assertThat(created.getFlashMap().get("notice")).isEqualTo("reviews.created");
        ReviewView review = calendar.all().stream().filter(r -> r.session().equals(session)).findFirst().orElseThrow();
        assertThat(review.groupId()).isEqualTo(caucus.id());
        assertThat(review.mechanism()).isEqualTo(ReviewMechanism.UPR);

        String list = page("/un/reviews", member);
        assertThat(list).contains(session, "200 days left", "/groups/" + caucus.slug(), caucus.name(),
                "href=\"/un/reviews.ics\"", "Subscribe (iCalendar)").doesNotContain("/staff/un/reviews/new");
        assertThat(page("/un/reviews", staff)).contains("href=\"/staff/un/reviews/new\"",
                "/staff/un/reviews/" + review.id() + "/edit");

        MockHttpServletResponse feed = mvc.perform(get("/un/reviews.ics").with(user(member)).locale(Locale.ENGLISH))
                .andReturn().getResponse();
        assertThat(feed.getStatus()).isEqualTo(200);
        assertThat(feed.getContentType()).startsWith("text/calendar");
        String ics = new String(feed.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .as(line).isLessThanOrEqualTo(75));
        String unfolded = ics.replace("\r\n ", "");
        String host = URI.create(baseUrl).getHost();
        assertThat(unfolded).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n").contains(
                "UID:un-review-" + review.id() + "@" + host + "\r\n",
                "DTSTART;VALUE=DATE:" + ICalendar.date(startsOn) + "\r\nDTEND;VALUE=DATE:"
                        + ICalendar.date(endsOn.plusDays(1)) + "\r\n",
                "SUMMARY:Universal Periodic Review (UPR) · " + ICalendar.text(session) + "\r\n",
                "DESCRIPTION:Send submissions through the OHCHR portal\\; one per coalition.\r\n",
                "UID:un-review-" + review.id() + "-deadline@" + host + "\r\n",
                "DTSTART;VALUE=DATE:" + ICalendar.date(deadline) + "\r\nDTEND;VALUE=DATE:"
                        + ICalendar.date(deadline.plusDays(1)) + "\r\n",
                "SUMMARY:Submission deadline: Universal Periodic Review (UPR) · " + ICalendar.text(session));

        assertThat(page("/staff/un/reviews/" + review.id() + "/edit", staff)).contains(session, caucus.name());
        String corrected = session + " (corrected)";
        MvcResult saved = mvc.perform(review(post("/staff/un/reviews/" + review.id() + "/edit"), "CERD", corrected,
                startsOn, endsOn, null, null, null).with(user(staff)).with(csrf())).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/un/reviews");
        ReviewView changed = calendar.find(review.id());
        assertThat(changed.session()).isEqualTo(corrected);
        MvcResult late = mvc.perform(review(post("/staff/un/reviews/" + review.id() + "/edit"), "UPR",
                session + " (late)", startsOn, endsOn, null, null, null).param("version",
                String.valueOf(review.version())).header("Referer", "http://localhost/staff/un/reviews/"
                + review.id() + "/edit").with(user(staff)).with(csrf())).andReturn();
        assertThat(late.getResponse().getStatus()).as("corrected meanwhile by someone else").isEqualTo(303);
        assertThat(late.getResponse().getRedirectedUrl()).isEqualTo("/staff/un/reviews/" + review.id() + "/edit");
        assertThat(calendar.find(review.id()).session()).isEqualTo(corrected);
        assertThat(changed.mechanism()).isEqualTo(ReviewMechanism.CERD);
        assertThat(changed.submissionDeadline()).isNull();
        assertThat(changed.groupId()).isNull();
        assertThat(page("/un/reviews", member)).contains(corrected, "Not announced yet");

        assertThat(status(post("/staff/un/reviews/" + review.id() + "/delete"), member)).isEqualTo(403);
        MvcResult deleted = mvc.perform(post("/staff/un/reviews/" + review.id() + "/delete").with(user(staff))
                .with(csrf())).andReturn();
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/un/reviews");
        assertThatThrownBy(() -> calendar.find(review.id())).isInstanceOf(UnknownReviewException.class);
        assertThat(status(get("/staff/un/reviews/" + review.id() + "/edit"), staff)).isEqualTo(404);
        assertThat(status(post("/staff/un/reviews/" + review.id() + "/delete"), staff)).isEqualTo(404);
        assertThat(status(get("/staff/un/reviews/abc/edit"), staff)).isEqualTo(404);
    }

    @Test
    void badInputIsAnsweredAtTheFieldAndOnlyStaffEnterReviews() throws Exception {
        HarambeeUser member = fixtures.account(Role.MEMBER);
        GroupSummary notTheirs = group("Other caucus", member);
        String session = MembershipFixtures.unique("CEDAW, 94th session");
        LocalDate start = calendar.today().plusDays(90);
        int before = calendar.all().size();

        assertThat(form(review(post("/staff/un/reviews/new"), "CEDAW", session, start, start.minusDays(1), null, null,
                null))).contains("id=\"endsOn-error\"", "The last day cannot be before the first day.");
        assertThat(form(review(post("/staff/un/reviews/new"), "CEDAW", session, start, start.plusDays(5),
                start.plusDays(1), null, null))).contains("id=\"submissionDeadline-error\"");
        assertThat(form(review(post("/staff/un/reviews/new"), "CEDAW", "s".repeat(101), start, start, null, null,
                null))).contains("id=\"session-error\"");
        assertThat(form(review(post("/staff/un/reviews/new"), "CEDAW", session, start, start, null, notTheirs.id(),
                null))).contains("id=\"groupId-error\"", "Choose one of the working groups listed.");
        assertThat(form(review(post("/staff/un/reviews/new"), "NO_SUCH_BODY", session, start, start, null, null,
                null))).contains("id=\"mechanism-error\"");
        assertThat(form(post("/staff/un/reviews/new").param("mechanism", "CAT").param("session", session)
                .param("startsOn", "next week").param("endsOn", start.toString()).param("groupId", "x")))
                .contains("id=\"startsOn-error\"", "id=\"groupId-error\"");
        assertThat(form(review(post("/staff/un/reviews/new"), "CEDAW", session, start, start, null, null,
                "<script>alert(1)</script>" + "n".repeat(2000)))).contains("id=\"note-error\"")
                .doesNotContain("<script>alert(1)</script>");

        assertThat(status(review(post("/staff/un/reviews/new"), "CEDAW", session, start, start, null, null, null),
                member)).isEqualTo(403);
        assertThat(status(get("/staff/un/reviews/new"), member)).isEqualTo(403);
        assertThat(status(get("/staff/un/reviews/new"), staff)).isEqualTo(200);
        assertThat(calendar.all()).hasSize(before);
        assertThatThrownBy(() -> calendar.create(new ReviewPlan(ReviewMechanism.CAT, session, start, start, null,
                null, null), member)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void representativesOfAdoptingOrganizationsAreRemindedThirtyAndSevenDaysBeforeTheDeadlineEachOnce()
            throws Exception {
        Organization adopting = fixtures.organization(MembershipFixtures.unique("Adopting Org"),
                MembershipStatus.ACTIVE, true);
        HarambeeUser adopter = fixtures.representativeOf(adopting);
        String representative = adopter.email();
        String bystander = fixtures.representativeOf(fixtures.organization(MembershipFixtures.unique("Bystander Org"),
                MembershipStatus.ACTIVE, true)).email();
        adopt(adopting, adopter);
        String session = MembershipFixtures.unique("CEDAW, 95th session");
        LocalDate today = calendar.today();
        calendar.create(new ReviewPlan(ReviewMechanism.CEDAW, session, today.plusDays(40), today.plusDays(44),
                today.plusDays(35), null, null), staff);

        calendar.sendReminders();
        assertThat(reminders(representative, session)).isEmpty();

        clock.advance(Duration.ofDays(5));
        calendar.sendReminders();
        calendar.sendReminders();
        assertThat(reminders(representative, session)).singleElement().satisfies(mail -> {
            assertThat(subject(mail)).contains("Submissions due in 30 days", "Las contribuciones vencen en 30 días",
                    "Committee on the Elimination of Discrimination against Women (CEDAW)", session);
            assertThat(text(mail)).contains("(in 30 days)", "(dentro de 30 días)", session, "/un/reviews",
                    "—— Español ——");
        });

        clock.advance(Duration.ofDays(22));
        calendar.sendReminders();
        assertThat(reminders(representative, session)).hasSize(1);

        clock.advance(Duration.ofDays(1));
        calendar.sendReminders();
        calendar.sendReminders();
        assertThat(reminders(representative, session)).hasSize(2)
                .anySatisfy(mail -> assertThat(subject(mail)).contains("Submissions due in 7 days"));

        clock.advance(Duration.ofDays(7));
        calendar.sendReminders();
        clock.advance(Duration.ofDays(1));
        calendar.sendReminders();
        assertThat(reminders(representative, session)).hasSize(2);
        assertThat(reminders(bystander, session)).isEmpty();
    }

    @Test
    void aReviewEnteredAfterAReminderDaySendsTheLatestReminderDueOnce() throws Exception {
        Organization adopting = fixtures.organization(MembershipFixtures.unique("Late Org"), MembershipStatus.ACTIVE,
                true);
        HarambeeUser adopter = fixtures.representativeOf(adopting);
        String representative = adopter.email();
        adopt(adopting, adopter);
        String session = MembershipFixtures.unique("CAT, 82nd session");
        LocalDate today = calendar.today();
        calendar.create(new ReviewPlan(ReviewMechanism.CAT, session, today.plusDays(10), today.plusDays(12),
                today.plusDays(3), null, null), staff);

        calendar.sendReminders();
        calendar.sendReminders();
        clock.advance(Duration.ofDays(2));
        calendar.sendReminders();

        assertThat(reminders(representative, session)).singleElement().satisfies(mail -> assertThat(text(mail))
                .contains("(in 3 days)"));
    }

    @Test
    void aMembersDashboardListsTheSubmissionDeadlinesOfTheComingTwoMonths() throws Exception {
        LocalDate today = calendar.today();
        String soon = MembershipFixtures.unique("CERD, soon");
        String later = MembershipFixtures.unique("CERD, later");
        calendar.create(new ReviewPlan(ReviewMechanism.CERD, soon, today.plusDays(30), today.plusDays(31),
                today.plusDays(20), null, null), staff);
        calendar.create(new ReviewPlan(ReviewMechanism.CERD, later, today.plusDays(120), today.plusDays(121),
                today.plusDays(90), null, null), staff);

        String dashboard = mvc.perform(get("/dashboard").param("lang", "en").with(user(fixtures.account(Role.MEMBER))))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(dashboard).contains("Submissions to the UN: ").contains(soon).doesNotContain(later);
    }

    /** The organization's representative follows a recommendation to the United States up. */
    private void adopt(Organization organization, HarambeeUser representative) {
        UprFiles.imported(importer, index, UprFiles.unitedStates());
        Long recommendation = jdbc.queryForObject("select min(id) from recommendation where state_under_review = ?",
                Long.class, "United States");
        followUp.adopt(recommendation, "organization-" + organization.id(), representative);
    }

    private GroupSummary group(String name, HarambeeUser convener) {
        return workingGroups.create(new GroupDraft(MembershipFixtures.unique(name), "Coordinates a shadow report",
                GroupKind.TASK_FORCE, GroupVisibility.PUBLIC, JoiningRule.OPEN, Set.of(), Set.of()), convener);
    }

    private static MockHttpServletRequestBuilder review(MockHttpServletRequestBuilder request, String mechanism,
            String session, LocalDate startsOn, LocalDate endsOn, LocalDate deadline, Long groupId, String note) {
        return request.param("mechanism", mechanism).param("session", session)
                .param("startsOn", startsOn.toString()).param("endsOn", endsOn.toString())
                .param("submissionDeadline", deadline == null ? "" : deadline.toString())
                .param("groupId", groupId == null ? "" : String.valueOf(groupId))
                .param("note", note == null ? "" : note)
                .locale(Locale.ENGLISH);
    }

    /** The form page staff get back after a refused submission (200, not a redirect). */
    private String form(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user(staff)).with(csrf()).locale(Locale.ENGLISH))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String address, HarambeeUser who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(address).with(user(who)).locale(Locale.ENGLISH))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(address).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(MockHttpServletRequestBuilder request, HarambeeUser who) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse().getStatus();
    }

    /** The reminders of this review's deadline that reached this address. */
    private static List<MimeMessage> reminders(String address, String session) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equalsIgnoreCase(address)
                        && subject(message).contains(session);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
