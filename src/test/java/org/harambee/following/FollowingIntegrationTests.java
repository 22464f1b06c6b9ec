package org.harambee.following;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.harambee.Mailbox;
import org.harambee.MovableClock;
import org.harambee.MovableClockConfiguration;
import org.harambee.TestSmtp;
import org.harambee.events.EventForm;
import org.harambee.events.EventKind;
import org.harambee.events.EventSeeding;
import org.harambee.events.EventVisibility;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.Organization;
import org.harambee.site.Installation;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Following as members and visitors go through it: the weekly digest gathers what is new for what each person
 * follows, as they may see it, in their language, once a week whoever asks how often; at once, an e-mail per item;
 * one click stops them; visitors prove their address first; members follow organizations and save items from their
 * pages.
 */
@IntegrationTest
@Import(MovableClockConfiguration.class)
class FollowingIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP).withPerMethodLifecycle(false);

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures members;
    @Autowired
    MovableClock clock;
    @Autowired
    Digests digests;
    @Autowired
    Taxonomy taxonomy;
    @Autowired
    Installation installation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventSeeding events;
    @Autowired
    WorkingGroups workingGroups;

    private HarambeeUser staff;

    @BeforeEach
    void staff() {
        clock.reset();
        staff = members.account(Role.STAFF);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private MockHttpServletResponse as(HarambeeUser who, MockHttpServletRequestBuilder request, String language)
            throws Exception {
        MockHttpServletRequestBuilder sent = request.with(csrf()).header("Accept-Language", language);
        return mvc.perform(who == null ? sent : sent.with(user(who))).andReturn().getResponse();
    }

    private long publish(String titleEn, String titleEs, String visibility, String kind, Long area) throws Exception {
        MockHttpServletRequestBuilder form = post("/news").param("kind", kind).param("titleEn", titleEn)
                .param("bodyEn", "Text of " + titleEn).param("titleEs", titleEs).param("bodyEs", "Texto de " + titleEs)
                .param("visibility", visibility).param("issueAreas", String.valueOf(area));
        if ("ALERT".equals(kind)) {
            form.param("actionDeadline", LocalDate.now().plusDays(20).toString()).param("actionText", "Act")
                    .param("actionLink", "/statements");
        }
        String to = as(staff, form, "en").getRedirectedUrl();
        assertThat(to).startsWith("/news/");
        return Long.parseLong(to.substring("/news/".length()));
    }

    /** Moves the clock to this coming Monday at ten where the network is (next week's when it is Monday already). */
    private void toMondayMorning() {
        LocalDate monday = LocalDate.ofInstant(clock.instant(), installation.timeZone())
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        clock.advance(Duration.between(clock.instant(), monday.atTime(10, 0).atZone(installation.timeZone())
                .toInstant()));
    }

    private static String word() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.append('x').toString();
    }

    @Test
    void theWeeklyDigestGathersWhatIsNewForWhatEachFollowsAsTheyMaySeeItInTheirLanguageOnce() throws Exception {
        List<IssueArea> areas = taxonomy.activeIssueAreas();
        Long followed = areas.get(0).id();
        Long other = areas.get(1).id();
        HarambeeUser member = members.account(Role.MEMBER);
        as(member, post("/following").param("cadence", "WEEKLY").param("kinds", "NEWS", "ALERT")
                .param("issueAreas", String.valueOf(followed)), "es");

        toMondayMorning();
        String mark = word();
        publish("Housing win " + mark, "Victoria de vivienda " + mark, "PUBLIC", "NEWS", followed);
        publish("Members housing note " + mark, "Nota de vivienda para miembros " + mark, "MEMBERS", "NEWS", followed);
        publish("Other area " + mark, "Otra área " + mark, "PUBLIC", "NEWS", other);
        publish("Housing story " + mark, "Historia de vivienda " + mark, "PUBLIC", "STORY", followed);

        String visitor = "digest-visitor-" + mark + "@example.org";
        as(null, post("/following/visitors").param("email", visitor), "en");
        String link = link(Mailbox.bodiesTo(greenMail, visitor, 1).get(0));
        as(null, post(link).param("cadence", "WEEKLY").param("kinds", "NEWS")
                .param("issueAreas", String.valueOf(followed)), "en");

        clock.advance(Duration.ofDays(7));
        digests.sendDue();
        List<String> toMember = followingMails(member, 1);
        assertThat(toMember).hasSize(1);
        assertThat(toMember.get(0)).contains("resumen semanal").contains("Victoria de vivienda " + mark)
                .contains("Nota de vivienda para miembros " + mark).doesNotContain("Otra área " + mark)
                .doesNotContain("Historia de vivienda " + mark).doesNotContain("Housing win");
        List<String> toVisitor = Mailbox.bodiesTo(greenMail, visitor, 2);
        assertThat(toVisitor).hasSize(2);
        assertThat(toVisitor.get(1)).contains("weekly digest").contains("Housing win " + mark)
                .doesNotContain("Members housing note " + mark);

        digests.sendDue();
        clock.advance(Duration.ofHours(3));
        digests.sendDue();
        Thread.sleep(500);
        assertThat(followingMails(member, 0)).as("once a week").hasSize(1);

        MimeMessage digest = Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(member.email())
                        && message.getSubject().contains("resumen semanal");
            } catch (Exception unreadable) {
                return false;
            }
        }).findFirst().orElseThrow();
        String unsubscribe = digest.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        assertThat(digest.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        String path = unsubscribe.substring(unsubscribe.indexOf("/unsubscribe/"));
        assertThat(mvc.perform(post(path).param("List-Unsubscribe", "One-Click")).andReturn().getResponse()
                .getStatus()).as("mail programs post without a session or a CSRF token").isEqualTo(200);
        assertThat(jdbc.queryForObject("select cadence from follower where account_id = ?", String.class,
                member.accountId())).isEqualTo("NOTHING");
        assertThat(mvc.perform(get(path.substring(0, path.length() - 3) + "abc")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void whoChoseAtOnceGetsAnEmailForEachItemTheyFollowAndMayRead() throws Exception {
        HarambeeUser member = members.account(Role.MEMBER);
        as(member, post("/following").param("cadence", "AT_ONCE").param("kinds", "ALERT"), "en");
        String mark = word();
        Long area = taxonomy.activeIssueAreas().get(0).id();
        publish("Call your senator " + mark, "Llame a su senador " + mark, "PUBLIC", "ALERT", area);
        publish("Plain news " + mark, "Noticia " + mark, "PUBLIC", "NEWS", area);
        List<String> mails = followingMails(member, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0)).startsWith("New (Action alerts): Call your senator " + mark);
        Thread.sleep(500);
        assertThat(followingMails(member, 0)).as("none for the news they do not follow").hasSize(1);
    }

    @Test
    void anEventDescribedReachesThoseWhoHearOfEventsAtOnceAndMaySeeIt() throws Exception {
        HarambeeUser member = members.account(Role.MEMBER);
        as(member, post("/following").param("cadence", "AT_ONCE").param("kinds", "EVENT"), "es");
        String mark = word();
        EventForm form = new EventForm();
        form.setTitleEn("Hearing on housing " + mark);
        form.setTitleEs("Audiencia sobre vivienda " + mark);
        form.setKind(EventKind.ACTION);
        form.setTimeZone("America/New_York");
        LocalDateTime starts = LocalDateTime.now().plusDays(10).withNano(0);
        form.setStartsAt(starts);
        form.setEndsAt(starts.plusHours(2));
        form.setPlace("City hall");
        form.setVisibility(EventVisibility.PUBLIC);
        form.setRegistrationOpens(starts.minusDays(5));
        form.setRegistrationCloses(starts.minusHours(1));
        events.describe(form, staff.accountId());
        List<String> mails = followingMails(member, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0)).startsWith("Nuevo (Eventos): Audiencia sobre vivienda " + mark);
    }

    @Test
    void aVisitorFollowsOnlyOnceTheyUseTheLinkMailedToTheirAddressWhichAlsoForgetsThem() throws Exception {
        String address = "follow-" + word() + "@example.org";
        MockHttpServletResponse asked = as(null, post("/following/visitors").param("email", address), "en");
        assertThat(asked.getRedirectedUrl()).isEqualTo("/following/visitors");
        String link = link(Mailbox.bodiesTo(greenMail, address, 1).get(0));
        assertThat(jdbc.queryForObject("select confirmed_at from follower where email = ?", Instant.class, address))
                .isNull();
        as(null, post("/following/visitors").param("email", address.toUpperCase()), "en");
        Thread.sleep(500);
        assertThat(Mailbox.bodiesTo(greenMail, address, 0)).as("one link in ten minutes").hasSize(1);

        assertThat(as(null, get(link), "en").getContentAsString()).contains("nothing is sent to " + address);
        HarambeeUser convener = members.account(Role.MEMBER);
        GroupSummary open = workingGroups.create(new GroupDraft(MembershipFixtures.unique("Open caucus"), "Public",
                GroupKind.CAUCUS, GroupVisibility.PUBLIC, JoiningRule.OPEN, Set.of(), Set.of()), convener);
        GroupSummary quiet = workingGroups.create(new GroupDraft(MembershipFixtures.unique("Quiet caucus"), "Private",
                GroupKind.CAUCUS, GroupVisibility.PRIVATE, JoiningRule.OPEN, Set.of(), Set.of()), convener);
        Organization listed = members.organization(MembershipFixtures.unique("Listed"), MembershipStatus.ACTIVE, true);
        Organization unlisted = members.organization(MembershipFixtures.unique("Unlisted"), MembershipStatus.ACTIVE,
                false);
        assertThat(as(null, post(link).param("cadence", "WEEKLY").param("kinds", "EVENT")
                .param("groups", String.valueOf(quiet.id())).param("organizationAddresses",
                        "/organizations/" + listed.slug() + "\n/organizations/" + unlisted.slug()), "en")
                .getContentAsString()).contains("Choose working groups from the list.")
                .contains("Line 2 is not the address of an organization's page on this site that you can see.");
        assertThat(jdbc.queryForObject("select confirmed_at from follower where email = ?", Instant.class, address))
                .as("a refused choice confirms nothing").isNull();
        assertThat(as(null, post(link).param("cadence", "WEEKLY").param("kinds", "EVENT")
                .param("groups", String.valueOf(open.id())).param("organizationAddresses",
                        "/organizations/" + listed.slug()), "en").getRedirectedUrl()).isEqualTo(link);
        assertThat(jdbc.queryForList("select g.group_id from follower_group g join follower f on f.id = g.follower_id"
                + " where f.email = ?", Long.class, address)).containsExactly(open.id());
        assertThat(jdbc.queryForList("select o.organization_id from follower_organization o join follower f"
                + " on f.id = o.follower_id where f.email = ?", Long.class, address)).containsExactly(listed.id());
        assertThat(as(null, get(link), "en").getContentAsString()).contains(listed.name());
        assertThat(jdbc.queryForObject("select confirmed_at from follower where email = ?", Instant.class, address))
                .isNotNull();
        assertThat(as(null, get(link.substring(0, link.length() - 2) + "xx"), "en").getStatus()).isEqualTo(404);

        as(null, post(link + "/stop"), "en");
        assertThat(jdbc.queryForObject("select count(*) from follower where email = ?", Long.class, address)).isZero();
        assertThat(as(null, get(link), "en").getStatus()).isEqualTo(404);
        assertThat(as(null, post("/following/visitors").param("email", "not an address"), "en").getContentAsString())
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void membersFollowOrganizationsAndSaveItemsFromTheirPagesAndOnlyWhatTheyMaySee() throws Exception {
        HarambeeUser member = members.account(Role.MEMBER);
        Organization organization = members.organization(MembershipFixtures.unique("Followed"),
                MembershipStatus.ACTIVE, true);
        String page = "/organizations/" + organization.slug();
        assertThat(as(member, get(page), "en").getContentAsString()).contains(">Follow<");
        assertThat(as(member, post("/following/organization/" + organization.id()), "en").getRedirectedUrl())
                .isEqualTo(page);
        assertThat(as(member, get(page), "en").getContentAsString()).contains("Following (stop)");
        assertThat(as(member, get("/following"), "en").getContentAsString()).contains(organization.name());
        assertThat(as(null, get(page), "en").getContentAsString()).doesNotContain("/following/organization/");

        Organization lapsed = members.organization(MembershipFixtures.unique("Hidden"), MembershipStatus.LAPSED,
                false);
        assertThat(as(member, post("/following/organization/" + lapsed.id()), "en").getStatus()).isEqualTo(404);
        assertThat(as(member, post("/following/event/" + organization.id()), "en").getStatus()).isEqualTo(404);

        String mark = word();
        long item = publish("Saved news " + mark, "Noticia guardada " + mark, "PUBLIC", "NEWS",
                taxonomy.activeIssueAreas().get(0).id());
        assertThat(as(member, post("/saved/news/" + item), "en").getRedirectedUrl()).isEqualTo("/news/" + item);
        assertThat(as(member, get("/saved"), "en").getContentAsString()).contains("Saved news " + mark);
        assertThat(as(members.account(Role.MEMBER), get("/saved"), "en").getContentAsString())
                .as("a list is its owner's alone").doesNotContain("Saved news " + mark);
        as(member, post("/saved/news/" + item), "en");
        assertThat(as(member, get("/saved"), "en").getContentAsString()).doesNotContain("Saved news " + mark);
        assertThat(as(member, post("/saved/organization/" + organization.id()), "en").getStatus()).isEqualTo(404);
        assertThat(as(null, post("/saved/news/" + item), "en").getStatus()).isEqualTo(302);
    }

    /** The e-mails to this member but the invitation their account began with, once there are {@code count}. */
    private static List<String> followingMails(HarambeeUser member, int count) throws Exception {
        return Mailbox.bodiesTo(greenMail, member.email(), count + 1).stream()
                .filter(mail -> !mail.startsWith("Your invitation")).toList();
    }

    private static String link(String mail) {
        Matcher found = Pattern.compile("https?://[^/\\s]+(/following/visitor/[^\\s]+)").matcher(mail);
        assertThat(found.find()).as(mail).isTrue();
        return found.group(1);
    }
}
