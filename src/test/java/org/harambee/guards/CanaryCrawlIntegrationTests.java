package org.harambee.guards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.harambee.IntegrationTest;
import org.harambee.TestSmtp;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.workinggroups.GroupDiscussions;
import org.harambee.workinggroups.WorkingGroups;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The canary crawl: private things carry unique strings, and every page, feed, export, API answer, outbox and audit
 * view that a role who may not know them can reach (from the routes of the handler mappings, following links) must
 * never show them. The private group (its name, purpose, thread, post, meeting, task and draft statement) is
 * unknown to visitors, members, representatives of other organizations, staff and administrators outside it; the
 * members-only resource to visitors; the staff-only contact details to everyone below staff; the pending application
 * to everyone below staff. A password-reset link appears in its recipient's mail only: not in any page staff or
 * administrators can read, nor in any column of any table.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CanaryCrawlIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP)
            .withPerMethodLifecycle(false);

    private static final Pattern RESET_LINK = Pattern.compile("/password/reset/([A-Za-z0-9_-]{20,})");
    private static final Pattern UNSUBSCRIBE_LINK = Pattern.compile("/unsubscribe/[0-9]+\\.[0-9a-f-]{36}\\.([A-Za-z0-9_-]{20,})");

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;
    @Autowired
    MembershipFixtures fixtures;

    private GuardWorld world;
    private List<String> start;
    private String resetSecret;
    private String unsubscribeSecret;
    private final Map<Visitor, List<Finding>> crawled = new HashMap<>();

    @BeforeAll
    void aNetworkWithSecretsAndAResetLinkInTheMail() throws Exception {
        world = new GuardWorld(context, mvc);
        Set<String> addresses = new LinkedHashSet<>();
        for (Route route : Routes.of(context)) {
            if (!route.changesState()) {
                addresses.add(world.fill(route.pattern()));
                addresses.add(world.fillPrivate(route.pattern()));
            }
        }
        start = new ArrayList<>(addresses);
        HarambeeUser forgetful = fixtures.account(Role.MEMBER);
        world.as.get("visitor").send(post("/password/forgot").param("email", forgetful.email()));
        resetSecret = secretMailedTo(forgetful.email(), RESET_LINK);
        HarambeeUser told = fixtures.account(Role.MEMBER);
        context.getBean(WorkingGroups.class).join(world.publicGroup.slug(), null, told);
        context.getBean(GroupDiscussions.class).reply(world.publicGroup.slug(), world.discussion,
                "Told by e-mail", world.ownerVisits.user());
        unsubscribeSecret = secretMailedTo(told.email(), UNSUBSCRIBE_LINK);
    }

    @Test
    void visitorsNeverSeeAPrivateGroupAMembersOnlyResourceStaffOnlyDetailsAnApplicationOrUnreviewedNews() throws Exception {
        assertThat(crawl("visitor", world.groupCanary, world.resourceCanary, world.staffFieldCanary,
                world.applicationCanary, world.governanceCanary, world.eventsCanary, world.newsCanary)).isEmpty();
    }

    @Test
    void membersNeverSeeAPrivateGroupStaffOnlyDetailsAnApplicationTheBooksAnotherMembersDuesOrUnreviewedNews() throws Exception {
        assertThat(crawl("member", world.groupCanary, world.staffFieldCanary, world.applicationCanary,
                world.ledgerCanary, world.duesCanary, world.governanceCanary, world.eventsCanary, world.newsCanary)).isEmpty();
    }

    @Test
    void representativesOfAnotherOrganizationNeverSeeAPrivateGroupStaffOnlyDetailsAnApplicationTheBooksOrItsDues() throws Exception {
        assertThat(crawl("representative", world.groupCanary, world.staffFieldCanary, world.applicationCanary,
                world.ledgerCanary, world.duesCanary, world.governanceCanary, world.eventsCanary, world.newsCanary)).isEmpty();
    }

    @Test
    void staffOutsideAPrivateGroupNeverSeeItTheBooksDuesNorAnyonesResetOrUnsubscribeLink() throws Exception {
        assertThat(crawl("staff", world.groupCanary, world.ledgerCanary, world.duesCanary, world.governanceCanary,
                resetSecret, unsubscribeSecret)).isEmpty();
    }

    @Test
    void administratorsOutsideAPrivateGroupNeverSeeItTheBooksDuesNorAnyonesResetOrUnsubscribeLink() throws Exception {
        assertThat(crawl("admin", world.groupCanary, world.ledgerCanary, world.duesCanary, world.governanceCanary,
                resetSecret, unsubscribeSecret)).isEmpty();
    }

    @Test
    void treasurersNeverSeeAPrivateGroupStaffOnlyDetailsAnApplicationOrAnotherMembersNomination() throws Exception {
        assertThat(crawl("treasurer", world.groupCanary, world.staffFieldCanary, world.applicationCanary,
                world.governanceCanary, world.eventsCanary, world.newsCanary)).isEmpty();
    }

    @Test
    void electionOfficersNeverSeeAPrivateGroupStaffOnlyDetailsAnApplicationTheBooksOrDues() throws Exception {
        assertThat(crawl("officer", world.groupCanary, world.staffFieldCanary, world.applicationCanary,
                world.ledgerCanary, world.duesCanary, world.eventsCanary, world.newsCanary)).isEmpty();
    }

    /**
     * The crawl and the canaries work: those who may know each private thing find its canary by the same crawl (the
     * group's convener its group, a member the members-only resource, staff the staff-only details and the
     * application), so a crawl that finds nothing elsewhere has looked.
     */
    @Test
    void theSameCrawlFindsEveryCanaryWhereItsReadersMayLook() throws Exception {
        assertThat(found(world.ownerVisits, world.groupCanary)).anyMatch(found -> found.startsWith("group at"))
                .noneMatch(found -> found.startsWith("a server failure"));
        assertThat(found(world.as.get("member"), world.resourceCanary)).anyMatch(found -> found.startsWith("resource at"));
        assertThat(found(world.as.get("staff"), world.staffFieldCanary, world.applicationCanary))
                .anyMatch(found -> found.startsWith("stafffield at")).anyMatch(found -> found.startsWith("application at"));
        assertThat(found(world.as.get("treasurer"), world.ledgerCanary, world.duesCanary))
                .anyMatch(found -> found.startsWith("ledger at")).anyMatch(found -> found.startsWith("dues at"));
        assertThat(found(world.ownerVisits, world.duesCanary)).anyMatch(found -> found.startsWith("dues at"));
        assertThat(found(world.ownerVisits, world.governanceCanary)).anyMatch(found -> found.startsWith("governance at"));
        assertThat(found(world.as.get("officer"), world.governanceCanary))
                .anyMatch(found -> found.startsWith("governance at"));
        assertThat(found(world.as.get("staff"), world.eventsCanary)).anyMatch(found -> found.startsWith("events at"));
        assertThat(found(world.ownerVisits, world.eventsCanary)).anyMatch(found -> found.startsWith("events at"));
        assertThat(found(world.as.get("staff"), world.newsCanary)).anyMatch(found -> found.startsWith("news at"));
        assertThat(found(world.ownerVisits, world.newsCanary)).anyMatch(found -> found.startsWith("news at"));
    }

    @Test
    void neitherAResetLinkNorAnUnsubscribeLinkIsKeptInAnyColumnOfAnyTable() throws Exception {
        assertThat(new Database(dataSource).cellsContaining(resetSecret)).as("columns holding a reset link's secret")
                .isEmpty();
        assertThat(new Database(dataSource).cellsContaining(unsubscribeSecret))
                .as("columns holding an unsubscribe link's signature").isEmpty();
    }

    /** Where the role read a canary ("canary-kind at address (status)"), and any server failure it met. */
    private List<String> crawl(String role, String... canaries) throws Exception {
        return found(world.as.get(role), canaries);
    }

    private List<String> found(Visitor reader, String... canaries) throws Exception {
        Set<String> asked = Set.of(canaries);
        List<String> found = new ArrayList<>();
        for (Finding finding : findings(reader)) {
            if (finding.canary() == null || asked.contains(finding.canary())) {
                found.add(finding.where());
            }
        }
        return found;
    }

    /** What a canary (null for a server failure) was found, and where. */
    private record Finding(String canary, String where) {
    }

    /**
     * Everything one reader's crawl found: every canary it read and every server failure it met. Each reader crawls
     * once, looking for every canary at once; each test then asks for those its reader may not know.
     */
    private List<Finding> findings(Visitor reader) throws Exception {
        List<Finding> known = crawled.get(reader);
        if (known != null) {
            return known;
        }
        Map<String, String> named = new LinkedHashMap<>();
        for (String canary : List.of(world.groupCanary, world.resourceCanary, world.staffFieldCanary,
                world.applicationCanary, world.ledgerCanary, world.duesCanary, world.governanceCanary,
                world.eventsCanary, world.newsCanary, resetSecret, unsubscribeSecret)) {
            named.put(canary, canary.equals(resetSecret) ? "the reset link"
                    : canary.equals(unsubscribeSecret) ? "the unsubscribe link"
                    : canary.replaceAll("^zq|[0-9a-f]{12}$", ""));
        }
        List<Finding> findings = new ArrayList<>();
        int read = new Crawler(reader).crawl(start, page -> {
            if (page.status() >= 500) {
                findings.add(new Finding(null, "a server failure at " + page.address() + " (" + page.status()
                        + "): " + page.text().substring(0, Math.min(300, page.text().length()))));
            }
            for (String shown : Crawler.shown(page, named.keySet())) {
                findings.add(new Finding(shown, named.get(shown) + " at " + page.address() + " (" + page.status()
                        + ")"));
            }
        });
        assertThat(read).as("pages the %s crawl read", reader.role()).isGreaterThan(start.size() / 2);
        crawled.put(reader, findings);
        return findings;
    }

    private static String secretMailedTo(String recipient, Pattern secretLink) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                String to = String.valueOf(message.getHeader("To", ","));
                Matcher link = secretLink.matcher(String.valueOf(message.getContent()));
                if (to.contains(recipient) && link.find()) {
                    return link.group(1);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No link like " + secretLink + " reached " + recipient);
    }
}
