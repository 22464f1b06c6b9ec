package org.harambee.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.harambee.IntegrationTest;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * News as staff, representatives, members and visitors go through it in the pages: staff publish at once, what a
 * representative submits waits for staff; members-only items stay out of visitors' pages, searches and feeds; the
 * search reads English and Spanish as the library does; the feeds parse in a real feed parser; an item and the
 * pages it names link to each other, as far as the reader may see them.
 */
@IntegrationTest
class NewsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures members;
    @Autowired
    Taxonomy taxonomy;
    @Autowired
    WorkingGroups workingGroups;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Installation installation;

    private HarambeeUser staff;

    @BeforeEach
    void staff() {
        staff = members.account(Role.STAFF);
    }

    private MockHttpServletResponse as(HarambeeUser who, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletRequestBuilder sent = request.with(csrf()).header("Accept-Language", "en");
        return mvc.perform(who == null ? sent : sent.with(user(who))).andReturn().getResponse();
    }

    private String page(String path, HarambeeUser who) throws Exception {
        MockHttpServletResponse response = as(who, get(path));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private String search(String words, HarambeeUser who) throws Exception {
        MockHttpServletResponse response = as(who, get("/news").param("q", words));
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static String word() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.append('x').toString();
    }

    /** An item's form, for everyone to read unless a visibility is added. */
    private static MockHttpServletRequestBuilder item(String kind, String title, String body) {
        return post("/news").param("kind", kind).param("titleEn", title).param("bodyEn", body);
    }

    /** Writes the item as this person; answers its id (the page the form sent them to). */
    private long write(HarambeeUser who, MockHttpServletRequestBuilder form) throws Exception {
        MockHttpServletResponse response = as(who, form);
        assertThat(response.getRedirectedUrl()).as(response.getContentAsString()).startsWith("/news/");
        return Long.parseLong(response.getRedirectedUrl().substring("/news/".length()));
    }

    private static List<SyndEntry> feed(String xml) throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return feed.getEntries();
    }

    private String atom(String path) throws Exception {
        MockHttpServletResponse response = as(null, get(path));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        return response.getContentAsString();
    }

    @Test
    void staffPublishAtOnceWhileWhatARepresentativeSubmitsWaitsForStaffWhoPublishOrDeclineWithAReason()
            throws Exception {
        long published = write(staff, item("NEWS", "Network news " + word(), "The network grew."));
        assertThat(page("/news/" + published, null)).contains("The network grew.");

        Organization organization = members.organization(MembershipFixtures.unique("News writers"),
                MembershipStatus.ACTIVE, true);
        HarambeeUser representative = members.representativeOf(organization);
        String title = "Tenant story " + word();
        long story = write(representative, item("STORY", title, "We organized our building."));
        assertThat(as(null, get("/news/" + story)).getStatus()).isEqualTo(404);
        assertThat(as(members.account(Role.MEMBER), get("/news/" + story)).getStatus()).isEqualTo(404);
        assertThat(page("/news/" + story, representative)).contains("Waiting for review");
        assertThat(page("/news/mine", representative)).contains(title);
        assertThat(page("/staff/news", staff)).contains(title);

        assertThat(as(representative, post("/staff/news/" + story + "/publish")).getStatus()).isEqualTo(403);
        assertThat(as(staff, post("/staff/news/" + story + "/publish")).getRedirectedUrl()).isEqualTo("/staff/news");
        assertThat(page("/news/" + story, null)).contains("We organized our building.");
        assertThat(as(representative, get("/news/" + story + "/edit")).getStatus())
                .as("its author changes it only while it waits").isEqualTo(403);

        long declined = write(representative, item("STORY", "Another story " + word(), "Not ready."));
        assertThat(as(staff, post("/staff/news/" + declined + "/decline").param("reason", " ")).getStatus())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from news_item where id = ?", String.class, declined))
                .as("a decline without a reason changes nothing").isEqualTo("SUBMITTED");
        as(staff, post("/staff/news/" + declined + "/decline").param("reason", "Please add the date of the hearing."));
        assertThat(page("/news/mine", representative)).contains("Please add the date of the hearing.");
        assertThat(as(null, get("/news/" + declined)).getStatus()).isEqualTo(404);

        HarambeeUser member = members.account(Role.MEMBER);
        assertThat(as(member, get("/news/new")).getStatus()).as("a member without an organization or group")
                .isEqualTo(403);
        assertThat(as(member, item("NEWS", "Member news", "Text")).getStatus()).isEqualTo(403);
        assertThat(as(null, get("/news/new")).getStatus()).isEqualTo(302);
    }

    @Test
    void anAlertNeedsItsDeadlineAndCallToActionAndEveryProblemIsSaidAtItsFieldChangingNothing() throws Exception {
        long before = jdbc.queryForObject("select count(*) from news_item", Long.class);
        String refused = as(staff, post("/news").param("kind", "ALERT").param("titleEn", "Act " + word())
                .param("visibility", "PUBLIC").param("actionLink", "javascript:alert(1)")
                .param("titleEs", "Actúe")).getContentAsString();
        assertThat(refused).contains("An action alert needs its deadline.").contains("Say what readers should do.")
                .contains("Give a page of this site (starting with /) or an https address.")
                .contains("This language has a title: write its text too.")
                .contains("Write the text in English or Spanish.");
        assertThat(as(staff, post("/news").param("kind", "ALERT").param("titleEn", "x").param("bodyEn", "y")
                .param("visibility", "PUBLIC").param("actionDeadline", "not a date")).getStatus())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from news_item", Long.class)).isEqualTo(before);

        String deadline = LocalDate.now().plusDays(30).toString();
        String title = "Sign the letter " + word();
        long alert = write(staff, item("ALERT", title, "The **Senate** votes soon.").param("actionDeadline", deadline)
                .param("actionText", "Sign the letter").param("actionLink", "/statements"));
        String shown = page("/news/" + alert, null);
        assertThat(shown).contains("Take action").contains("href=\"/statements\"").contains("<strong>Senate</strong>");
        assertThat(page("/news", null)).contains("Action alerts open now").contains(title);
    }

    @Test
    void membersOnlyNewsStaysOutOfVisitorsPagesSearchesAndFeedsAndTheSearchReadsEnglishAndSpanish() throws Exception {
        String shared = word();
        String open = "Evictions stopped in " + shared;
        long everyone = write(staff, item("NEWS", open, "Tenants organized against evictions.")
                .param("bodyEs", "Los inquilinos se organizaron contra los desalojos.").param("titleEs",
                        "Desalojos detenidos en " + shared));
        String inside = "Members briefing " + shared;
        long membersOnly = write(staff, item("NEWS", inside, "For members.").param("visibility", "MEMBERS"));

        assertThat(as(null, get("/news/" + membersOnly)).getStatus()).isEqualTo(404);
        assertThat(page("/news/" + membersOnly, members.account(Role.MEMBER))).contains("For members.");

        assertThat(search(shared + " eviction", null)).as("English stems").contains(open).doesNotContain(inside);
        assertThat(search(shared + " desalojo", null)).as("Spanish stems").contains(open);
        assertThat(page("/news?q=" + shared, members.account(Role.MEMBER))).contains(open).contains(inside);
        assertThat(page("/news?q=" + shared + "&kind=ALERT", null)).doesNotContain(open);

        String all = atom("/news/feed.atom");
        assertThat(feed(all)).extracting(SyndEntry::getTitle).contains(open).doesNotContain(inside);
        assertThat(all).doesNotContain("For members.");
        assertThat(feed(atom("/news/feed.atom?kind=ALERT"))).extracting(SyndEntry::getTitle).doesNotContain(open);
        assertThat(feed(atom("/news/feed.atom?kind=NEWS"))).extracting(SyndEntry::getLink)
                .anySatisfy(link -> assertThat(link).endsWith("/news/" + everyone));
    }

    @Test
    void anIssueAreasFeedCarriesItsNewsAloneAndTheTextAsHtmlAParserReads() throws Exception {
        List<IssueArea> areas = taxonomy.activeIssueAreas();
        IssueArea housing = areas.get(0);
        IssueArea other = areas.get(1);
        String here = "Housing win " + word();
        String there = "Other win " + word();
        write(staff, item("NEWS", here, "A *real* win & more <script>alert(1)</script>.")
                .param("issueAreas", String.valueOf(housing.id())).param("rights", "25"));
        write(staff, item("NEWS", there, "Elsewhere.").param("issueAreas", String.valueOf(other.id())));

        List<SyndEntry> entries = feed(atom("/news/feed.atom?issue=" + housing.slug()));
        assertThat(entries).extracting(SyndEntry::getTitle).contains(here).doesNotContain(there);
        SyndEntry entry = entries.stream().filter(e -> e.getTitle().equals(here)).findFirst().orElseThrow();
        assertThat(entry.getContents().get(0).getValue()).contains("<em>real</em>").doesNotContain("<script");
        assertThat(entry.getCategories()).extracting(category -> category.getName())
                .contains(housing.name(Locale.ENGLISH));
        assertThat(page("/news?issue=" + housing.slug() + "&right=25", null)).contains(here).doesNotContain(there);
    }

    @Test
    void anItemAndThePagesItNamesLinkBothWaysAsFarAsTheReaderMaySeeThem() throws Exception {
        Organization listed = members.organization(MembershipFixtures.unique("Named publicly"),
                MembershipStatus.ACTIVE, true);
        Organization unlisted = members.organization(MembershipFixtures.unique("Named quietly"),
                MembershipStatus.ACTIVE, false);
        String title = "Coalition wins " + word();
        assertThat(as(staff, item("NEWS", title, "Together.").param("related", "https://elsewhere.example"
                + "/organizations/" + listed.slug())).getContentAsString())
                .as("an address of another site names nothing").contains("Line 1 is not the address of a page");
        long item = write(staff, item("NEWS", title, "Together.").param("related", "/organizations/" + listed.slug()
                + "\n\n" + installation.address() + "/organizations/" + unlisted.slug() + "?from=mail#top"));

        assertThat(page("/organizations/" + listed.slug(), null)).contains("In the news").contains(title)
                .contains("/news/" + item);
        assertThat(page("/organizations/" + unlisted.slug(), members.account(Role.MEMBER))).contains(title);
        String visitorsView = page("/news/" + item, null);
        assertThat(visitorsView).contains(listed.name()).doesNotContain(unlisted.name());
        assertThat(page("/news/" + item, staff)).contains(listed.name()).contains(unlisted.name());

        long membersOnly = write(staff, item("NEWS", "Inside " + word(), "Inside.").param("visibility", "MEMBERS")
                .param("related", "/organizations/" + listed.slug()));
        assertThat(page("/organizations/" + listed.slug(), null)).doesNotContain("/news/" + membersOnly);

        HarambeeUser convener = members.account(Role.MEMBER);
        GroupSummary hidden = workingGroups.create(new GroupDraft(MembershipFixtures.unique("Quiet caucus"),
                "Private", GroupKind.CAUCUS, GroupVisibility.PRIVATE, JoiningRule.OPEN, Set.of(), Set.of()), convener);
        long before = jdbc.queryForObject("select count(*) from news_item", Long.class);
        String refused = as(staff, item("NEWS", "Named secretly", "x").param("related",
                "/organizations/" + listed.slug() + "\n/groups/" + hidden.slug())).getContentAsString();
        assertThat(refused).contains("Line 2 is not the address of a page on this site that you can see");
        assertThat(jdbc.queryForObject("select count(*) from news_item", Long.class)).isEqualTo(before);

        long byConvener = write(convener, item("NEWS", "Caucus news " + word(), "From the caucus.")
                .param("related", "/groups/" + hidden.slug()));
        as(staff, post("/staff/news/" + byConvener + "/publish"));
        as(staff, post("/news/" + byConvener).param("kind", "NEWS").param("titleEn", "Caucus news, edited")
                .param("bodyEn", "From the caucus.").param("visibility", "PUBLIC").param("related", ""));
        assertThat(jdbc.queryForObject("select count(*) from news_item_link where news_item_id = ?", Long.class,
                byConvener)).as("staff, who may not know of the private group, do not remove it by saving")
                .isEqualTo(1);
        assertThat(page("/groups/" + hidden.slug(), convener)).contains("Caucus news, edited");
    }
}
