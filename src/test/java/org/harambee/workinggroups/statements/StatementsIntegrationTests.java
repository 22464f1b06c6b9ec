package org.harambee.workinggroups.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.harambee.IntegrationTest;
import org.harambee.MovableClock;
import org.harambee.MovableClockConfiguration;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sign-on statements through their pages and service, on a clock the tests move: who signs for an organization
 * (its representatives only, once however many requests arrive together), withdrawing while open, who reads drafts
 * and members-only statements, the signatory list and live count, the export once closed, the deadline closing a
 * statement, and forms that refuse bad input without changing anything.
 */
@IntegrationTest
@Import(MovableClockConfiguration.class)
class StatementsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MovableClock clock;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    Statements statements;
    @Autowired
    SignOnStatements stored;
    @Autowired
    Signatures signatures;
    @Autowired
    WorkingGroups groups;

    private HarambeeUser staff;

    @BeforeEach
    void setUp() {
        clock.reset();
        staff = fixtures.account(Role.STAFF);
    }

    @Test
    void aRepresentativeSignsForTheirOrganizationAndNobodyElseCanEvenByPostingItsId() throws Exception {
        Long id = opened(StatementVisibility.PUBLIC, false);
        Organization organization = organization("Signing");
        HarambeeUser representative = fixtures.representativeOf(organization);
        HarambeeUser member = fixtures.account(Role.MEMBER);
        HarambeeUser otherRepresentative = fixtures.representativeOf(organization("Other"));

        for (HarambeeUser stranger : List.of(member, otherRepresentative)) {
            assertThat(notice(sign(id, organization.id(), stranger))).isEqualTo("statements.refused.notRepresentative");
        }
        assertThat(signatures.countByStatementId(id)).isZero();

        MvcResult signed = sign(id, organization.id(), representative);
        assertThat(signed.getResponse().getRedirectedUrl()).isEqualTo("/statements/" + id + "#notice");
        assertThat(notice(signed)).isEqualTo("statements.signed");
        assertThat(notice(sign(id, organization.id(), representative))).isEqualTo("statements.alreadySigned");
        assertThat(notice(sign(id, null, member))).isEqualTo("statements.refused.individuals");
        assertThat(signatures.findByStatementIdOrderBySignedAtAsc(id)).singleElement().satisfies(signature -> {
            assertThat(signature.organizationId()).isEqualTo(organization.id());
            assertThat(signature.accountId()).isEqualTo(representative.accountId());
            assertThat(signature.name()).isEqualTo(organization.name());
        });
        assertThat(status(post("/statements/" + id + "/sign").param("organization", "abc"), representative))
                .isEqualTo(404);
    }

    @Test
    void fiftySimultaneousSignaturesOfOneOrganizationRecordOne() throws Exception {
        Long id = opened(StatementVisibility.PUBLIC, false);
        Organization organization = organization("Eager");
        HarambeeUser representative = fixtures.representativeOf(organization);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Signing>> attempts = new ArrayList<>();
            for (int n = 0; n < 50; n++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    return statements.sign(id, organization.id(), false, representative);
                }));
            }
            start.countDown();
            List<Signing> outcomes = new ArrayList<>();
            for (Future<Signing> attempt : attempts) {
                outcomes.add(attempt.get(60, TimeUnit.SECONDS));
            }
            assertThat(Collections.frequency(outcomes, Signing.SIGNED)).isEqualTo(1);
            assertThat(Collections.frequency(outcomes, Signing.ALREADY_SIGNED)).isEqualTo(49);
        } finally {
            pool.shutdownNow();
        }
        assertThat(signatures.countByStatementId(id)).isEqualTo(1);
    }

    @Test
    void signaturesAreWithdrawnWhileOpenAndNeverOnceClosed() throws Exception {
        Long id = opened(StatementVisibility.PUBLIC, true);
        Organization organization = organization("Withdrawing");
        HarambeeUser representative = fixtures.representativeOf(organization);
        HarambeeUser member = fixtures.account(Role.MEMBER);
        assertThat(statements.sign(id, organization.id(), false, representative)).isEqualTo(Signing.SIGNED);
        assertThat(notice(sign(id, null, member))).isEqualTo("statements.signed");
        assertThat(page("/statements/" + id, member)).contains("Withdraw your signature");

        assertThat(notice(send(post("/statements/" + id + "/withdraw"), member)))
                .as("a withdrawal is confirmed first").isEqualTo("statements.withdraw.unconfirmed");
        assertThat(signatures.countByStatementId(id)).isEqualTo(2);
        assertThat(notice(send(post("/statements/" + id + "/withdraw").param("confirm", "yes"), member)))
                .isEqualTo("statements.withdrawn");
        assertThat(signatures.countByStatementId(id)).isEqualTo(1);
        assertThat(notice(send(post("/statements/" + id + "/withdraw"), member)))
                .isEqualTo("statements.refused.notSigned");

        assertThat(notice(send(post("/statements/" + id + "/close"), staff))).isEqualTo("statements.closed");
        assertThat(notice(send(post("/statements/" + id + "/withdraw").param("confirm", "yes")
                .param("organization", organization.id().toString()), representative)))
                .isEqualTo("statements.refused.withdrawClosed");
        assertThat(notice(sign(id, null, member))).isEqualTo("statements.refused.closed");
        assertThat(signatures.countByStatementId(id)).isEqualTo(1);
    }

    @Test
    void aGroupsDraftIsReadByItsConvenersAndParticipantsAndUnknownToEveryoneElse() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        HarambeeUser participant = fixtures.account(Role.MEMBER);
        HarambeeUser otherMember = fixtures.account(Role.MEMBER);
        GroupSummary group = groups.create(new GroupDraft(MembershipFixtures.unique("Detention Caucus"),
                "Organizations working on immigration detention.", GroupKind.CAUCUS, GroupVisibility.PUBLIC,
                JoiningRule.OPEN, Set.of(), Set.of()), convener);
        groups.join(group.id(), participant);
        String title = MembershipFixtures.unique("Letter on detention");

        MvcResult drafted = send(post("/statements/new").param("owner", group.id().toString()).param("title", title)
                .param("target", "The Secretary of Homeland Security").param("body", "Close the worst facilities.")
                .param("visibility", "PUBLIC"), convener);
        assertThat(notice(drafted)).isEqualTo("statements.drafted");
        String address = drafted.getResponse().getRedirectedUrl();
        assertThat(address).matches("/statements/\\d+");

        for (HarambeeUser stranger : new HarambeeUser[] {null, otherMember, staff}) {
            assertThat(status(get(address), stranger)).isEqualTo(404);
            assertThat(status(get(address + "/count"), stranger)).isEqualTo(404);
        }
        assertThat(status(post(address + "/edit").param("title", "Taken over").param("target", "DHS")
                .param("body", "Text").param("visibility", "PUBLIC"), staff)).isEqualTo(404);
        assertThat(page("/statements", null)).doesNotContain(title);
        assertThat(page(address, participant)).contains(title, "Close the worst facilities.")
                .doesNotContain(address + "/edit");
        assertThat(page(address, convener)).contains(title, address + "/edit", "name=\"deadline\"");
        assertThat(page("/statements/drafts", convener)).contains(title);

        assertThat(status(post(address + "/open").param("deadline", inDays(10).toString()), participant))
                .isEqualTo(403);
        assertThat(statements.find(idIn(address), convener).state(clock.instant())).isEqualTo(StatementState.DRAFT);
        assertThat(status(get("/statements/abc"), null)).isEqualTo(404);
        assertThat(status(get("/statements/99999999999/count"), null)).isEqualTo(404);
    }

    @Test
    void aPrivateGroupsPublicStatementNeverNamesTheGroupToAnyoneOutsideItStaffIncluded() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        GroupSummary group = groups.create(new GroupDraft(MembershipFixtures.unique("Quiet caucus"),
                "Work at risk.", GroupKind.CAUCUS, GroupVisibility.PRIVATE, JoiningRule.OPEN, Set.of(), Set.of()),
                convener);
        Long statement = statements.draft(group.id(), new StatementDraft(MembershipFixtures.unique("Open"
                + " letter"), "The Governor", "Stop the raids.", StatementVisibility.PUBLIC, true), convener);
        statements.open(statement, inDays(7), convener);
        String address = "/statements/" + statement;
        assertThat(page(address, convener)).contains(group.name());

        statements.close(statement, convener);
        HarambeeUser otherStaff = fixtures.account(Role.STAFF);
        for (HarambeeUser outsider : java.util.Arrays.asList(null, fixtures.account(Role.MEMBER), otherStaff)) {
            for (String shown : List.of(address, address + "/print", address + "/signatories.csv", "/statements",
                    "/dashboard", "/groups")) {
                if (outsider == null && shown.equals("/dashboard")) {
                    continue;
                }
                MockHttpServletResponse response = send(get(shown), outsider).getResponse();
                assertThat(response.getStatus()).as(shown).isEqualTo(200);
                assertThat(response.getContentAsString()).as(shown).doesNotContain(group.name(), group.slug());
            }
        }
    }

    @Test
    void visitorsReadAPublicStatementWithItsSignatoriesAndItsLiveCount() throws Exception {
        Long id = opened(StatementVisibility.PUBLIC, false);
        Organization first = organization("Alpha Tenants");
        Organization second = organization("Beta Workers");
        statements.sign(id, first.id(), false, fixtures.representativeOf(first));
        statements.sign(id, second.id(), false, fixtures.representativeOf(second));
        String title = statements.find(id, null).title();

        String statement = page("/statements/" + id, null);
        assertThat(statement).contains(title, first.name(), second.name(), "2 signatures", "aria-live=\"polite\"",
                "data-hx-get=\"/statements/" + id + "/count\"", "data-hx-trigger=\"every 20s\"",
                "<meta property=\"og:title\" content=\"" + title + "\">", "og:url", "og:description",
                "<meta property=\"og:type\" content=\"article\">", "Illinois", "/login");
        assertThat(page("/statements/" + id + "?order=name", null)).contains(first.name(), second.name());
        assertThat(page("/statements/" + id + "/count", null).strip()).isEqualTo("2 signatures");
        assertThat(page("/statements", null)).contains(title);
        assertThat(status(get("/statements/" + id + "/signatories.csv"), null)).isEqualTo(404);
        assertThat(status(get("/statements/" + id + "/print"), null)).isEqualTo(404);
    }

    @Test
    void aMembersOnlyStatementIsUnknownToVisitors() throws Exception {
        Long id = opened(StatementVisibility.MEMBERS, false);
        String title = statements.find(id, staff).title();
        assertThat(status(get("/statements/" + id), null)).isEqualTo(404);
        assertThat(status(get("/statements/" + id + "/count"), null)).isEqualTo(404);
        assertThat(page("/statements", null)).doesNotContain(title);
        HarambeeUser member = fixtures.account(Role.MEMBER);
        assertThat(page("/statements/" + id, member)).contains(title).doesNotContain("og:title");
        assertThat(page("/statements", member)).contains(title);
    }

    @Test
    void aClosedStatementsSignatoriesAreExportedWithFormulaCellsNeutralizedAndPrinted() throws Exception {
        String title = "=SUM(1+1) " + MembershipFixtures.unique("letter");
        Long statement = statements.draft(null, new StatementDraft(title, "@Congress",
                "Ratify the Convention.", StatementVisibility.PUBLIC, false), staff);
        statements.open(statement, inDays(7), staff);
        Organization organization = organization("Exported");
        statements.sign(statement, organization.id(), false, fixtures.representativeOf(organization));
        String csvAddress = "/statements/" + statement + "/signatories.csv";
        assertThat(status(get(csvAddress), null)).isEqualTo(404);

        statements.close(statement, staff);
        MockHttpServletResponse csv = send(get(csvAddress), null).getResponse();
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("statement-" + statement + "-signatories.csv");
        String text = csv.getContentAsString();
        assertThat(text).contains("statement,'=SUM(1+1) ", "closed," + inDays(0), "name,kind,state,country,signed_at",
                organization.name() + ",organization,IL,").doesNotContain(",=SUM");
        assertThat(page("/statements/" + statement + "/print", null)).contains(organization.name(), "print-page")
                .doesNotContain("main-nav");
    }

    @Test
    void anIndividualIsCountedForEveryoneAndNamedOnlyToTheOwnersUnlessTheyChooseToBeNamed() throws Exception {
        Long id = opened(StatementVisibility.PUBLIC, true);
        HarambeeUser quiet = fixtures.representativeOf(organization("Quiet signer"));
        HarambeeUser open = fixtures.representativeOf(organization("Open signer"));
        assertThat(notice(sign(id, null, quiet))).isEqualTo("statements.signed");
        assertThat(notice(send(post("/statements/" + id + "/sign").param("named", "true"), open)))
                .isEqualTo("statements.signed");
        String address = "/statements/" + id;
        assertThat(page(address, fixtures.account(Role.MEMBER))).contains("Show my name to everyone");

        HarambeeUser otherMember = fixtures.account(Role.MEMBER);
        HarambeeUser otherStaff = fixtures.account(Role.STAFF);
        for (HarambeeUser reader : java.util.Arrays.asList(null, otherMember)) {
            assertThat(page(address, reader)).contains(open.displayName(), "2 signatures",
                    "One individual member signed without being named publicly.").doesNotContain(quiet.displayName());
        }
        assertThat(page(address, quiet)).contains(quiet.displayName(), open.displayName());
        assertThat(page(address, otherStaff)).contains(quiet.displayName(), open.displayName())
                .doesNotContain("One individual member signed");

        statements.close(id, staff);
        for (String export : List.of(address + "/signatories.csv", address + "/print")) {
            assertThat(send(get(export), null).getResponse().getContentAsString())
                    .contains(open.displayName()).doesNotContain(quiet.displayName());
            assertThat(send(get(export), otherStaff).getResponse().getContentAsString())
                    .contains(open.displayName(), quiet.displayName());
        }
        assertThat(send(get(address + "/signatories.csv"), null).getResponse().getContentAsString())
                .contains("individuals_not_named,1");
    }

    @Test
    void theDeadlineClosesTheStatementAndTheScheduledJobRecordsIt() throws Exception {
        Long id = opened(StatementVisibility.PUBLIC, false);
        Organization early = organization("Early");
        Organization late = organization("Late");
        assertThat(statements.sign(id, early.id(), false, fixtures.representativeOf(early))).isEqualTo(Signing.SIGNED);
        HarambeeUser lateRepresentative = fixtures.representativeOf(late);

        clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() -> statements.sign(id, late.id(), false, lateRepresentative))
                .isInstanceOf(StatementTransitionException.class).hasMessage("statements.refused.closed");
        assertThat(stored.findIdsClosingBy(StatementState.OPEN, clock.instant())).contains(id);
        assertThat(page("/statements/" + id, null)).contains("Closed", "1 signature");

        statements.closeExpired();
        assertThat(stored.findIdsClosingBy(StatementState.OPEN, clock.instant())).doesNotContain(id);
        assertThat(notice(send(post("/statements/" + id + "/delivery").param("deliveredTo", "The Senate")
                .param("deliveredHow", "LETTER").param("deliveredOn", inDays(0).toString()), staff)))
                .isEqualTo("statements.delivered");
        assertThat(page("/statements/" + id, null)).contains("Delivered", "The Senate");
    }

    @Test
    void badInputIsShownAtItsFieldAndChangesNothing() throws Exception {
        long before = stored.count();
        for (String[] field : new String[][] {{"title", ""}, {"title", "x".repeat(SignOnStatement.MAX_TITLE + 1)},
            {"target", "  "}, {"body", "x".repeat(SignOnStatement.MAX_BODY + 1)}, {"owner", "999999999"},
            {"visibility", "EVERYONE"}}) {
            MockHttpServletRequestBuilder draft = post("/statements/new");
            Map.of("owner", "staff", "title", "A letter", "target", "The Senate", "body", "Text", "visibility",
                    "PUBLIC").forEach((name, value) -> draft.param(name, name.equals(field[0]) ? field[1] : value));
            MockHttpServletResponse response = send(draft, staff).getResponse();
            assertThat(response.getStatus()).as(field[0]).isEqualTo(200);
            assertThat(response.getContentAsString()).contains("id=\"" + field[0] + "-error\"");
        }
        assertThat(stored.count()).isEqualTo(before);

        Long statement = statements.draft(null, new StatementDraft("Unchanged title", "The Senate",
                "Text", StatementVisibility.PUBLIC, false), staff);
        String address = "/statements/" + statement;
        for (String deadline : List.of(inDays(0).toString(), inDays(-3).toString(), "not a date", "")) {
            MockHttpServletResponse response = send(post(address + "/open").param("deadline", deadline), staff)
                    .getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains("id=\"deadline-error\"");
        }
        MockHttpServletResponse edit = send(post(address + "/edit").param("title", "").param("target", "The Senate")
                .param("body", "Text").param("visibility", "PUBLIC"), staff).getResponse();
        assertThat(edit.getContentAsString()).contains("id=\"title-error\"");
        SignOnStatement unchanged = statements.find(statement, staff);
        assertThat(unchanged.title()).isEqualTo("Unchanged title");
        assertThat(unchanged.versions()).isEmpty();
        assertThat(unchanged.state(clock.instant())).isEqualTo(StatementState.DRAFT);

        assertThat(notice(send(post(address + "/edit").param("title", "New title").param("target", "The Senate")
                .param("body", "Text").param("visibility", "PUBLIC"), staff))).isEqualTo("statements.saved");
        assertThat(page(address, staff)).contains("New title", "Version 1", "Unchanged title");
    }

    /** A statement of the network's staff, opened with a deadline a week ahead. */
    @Test
    void theDashboardAsksARepresentativeToSignAnOpenStatementWithItsDeadlineUntilTheirOrganizationHasSigned()
            throws Exception {
        Long id = opened(StatementVisibility.PUBLIC, false);
        String title = statements.find(id, staff).title();
        Organization organization = organization("Dashboard");
        HarambeeUser representative = fixtures.representativeOf(organization);

        String before = dashboard(representative);
        assertThat(before).contains("What needs you").contains(title)
                .contains("by " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                        .format(inDays(7)));
        assertThat(before.indexOf(title)).as("what needs the person comes before the links")
                .isLessThan(before.indexOf("Resource library"));

        sign(id, organization.id(), representative);
        assertThat(dashboard(representative)).doesNotContain(title);
    }

    private String dashboard(HarambeeUser who) throws Exception {
        return mvc.perform(get("/dashboard").param("lang", "en").with(user(who))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private Long opened(StatementVisibility visibility, boolean individuals) {
        Long statement = statements.draft(null, new StatementDraft(MembershipFixtures.unique("Statement"),
                "The United States Senate", "We urge the Senate to act.", visibility, individuals), staff);
        statements.open(statement, inDays(7), staff);
        return statement;
    }

    private Organization organization(String name) {
        return fixtures.organization(MembershipFixtures.unique(name), MembershipStatus.ACTIVE, true);
    }

    /** A day in the network's time zone, counted from today on the test clock. */
    private LocalDate inDays(int days) {
        return LocalDate.ofInstant(clock.instant(), statements.zone()).plusDays(days);
    }

    private MvcResult sign(Long id, Long organizationId, HarambeeUser who) throws Exception {
        MockHttpServletRequestBuilder request = post("/statements/" + id + "/sign");
        return send(organizationId == null ? request : request.param("organization", organizationId.toString()), who);
    }

    private MvcResult send(MockHttpServletRequestBuilder request, HarambeeUser who) throws Exception {
        return mvc.perform(who == null ? request.with(csrf()) : request.with(user(who)).with(csrf())).andReturn();
    }

    private int status(MockHttpServletRequestBuilder request, HarambeeUser who) throws Exception {
        return send(request, who).getResponse().getStatus();
    }

    /** The page's HTML, which must answer 200. */
    private String page(String address, HarambeeUser who) throws Exception {
        MockHttpServletResponse response = send(get(address), who).getResponse();
        assertThat(response.getStatus()).as(address).isEqualTo(200);
        return response.getContentAsString();
    }

    private static String notice(MvcResult result) {
        return (String) result.getFlashMap().get("notice");
    }

    private static Long idIn(String address) {
        return Long.valueOf(address.substring(address.lastIndexOf('/') + 1));
    }

}
