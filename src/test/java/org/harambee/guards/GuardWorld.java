package org.harambee.guards;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.about.NetworkPage;
import org.harambee.about.NetworkPageForm;
import org.harambee.about.NetworkPageText;
import org.harambee.about.NetworkPages;
import org.harambee.accountability.AssessmentDraft;
import org.harambee.accountability.AssessmentStatus;
import org.harambee.accountability.AssessmentVisibility;
import org.harambee.accountability.FollowUp;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.library.LibrarySeeding;
import org.harambee.library.LibraryCollections;
import org.harambee.library.PublishedDocument;
import org.harambee.library.ResourceType;
import org.harambee.library.ResourceVisibility;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.Organization;
import org.harambee.membership.OrganizationRegistration;
import org.harambee.membership.PersonDetails;
import org.harambee.membership.Standing;
import org.harambee.membership.Visibility;
import org.harambee.site.Installation;
import org.harambee.workinggroups.GroupDiscussions;
import org.harambee.workinggroups.GroupDraft;
import org.harambee.workinggroups.GroupKind;
import org.harambee.workinggroups.GroupSummary;
import org.harambee.workinggroups.GroupVisibility;
import org.harambee.workinggroups.GroupWork;
import org.harambee.workinggroups.JoiningRule;
import org.harambee.workinggroups.MeetingPlan;
import org.harambee.workinggroups.WorkingGroups;
import org.harambee.workinggroups.statements.StatementDraft;
import org.harambee.workinggroups.statements.StatementVisibility;
import org.harambee.workinggroups.statements.Statements;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A small network built for the guards through the application's own services and forms, with every kind of
 * object a route can name: organizations, a public and a private working group with a discussion, a post, a
 * meeting and a task each, an open statement and a draft one, library resources (public and members-only) in a
 * collection, a UN recommendation adopted and assessed, a UN review, a pending application, an issue area, an API
 * token. Everything belongs to {@link #owner}, the representative of {@link #target}; the five roles the guards
 * play (visitor, member, representative of ANOTHER organization, staff, administrator) own none of it.
 *
 * <p>The private things carry canaries: unique strings that must never reach anyone who may not know them.
 */
final class GuardWorld {

    static final List<String> ROLES = List.of("visitor", "member", "representative", "staff", "admin",
            "treasurer", "officer");

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(:[^}]*)?}");
    /** A PNG image of one pixel: the scan the guards' dues payment carries. */
    static final byte[] ONE_PIXEL_PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    final String mark = UUID.randomUUID().toString().substring(0, 8);

    /** In the private group: its name, purpose, discussion, post, meeting, task and draft statement. */
    final String groupCanary = canary("group");
    /** In the members-only library resource: its title, summary and file text. */
    final String resourceCanary = canary("resource");
    /** In the staff-only title and pronouns of the target organization's contact. */
    final String staffFieldCanary = canary("stafffield");
    /** In the pending application: the applicant's name and statement. */
    final String applicationCanary = canary("application");
    /** In a journal entry of the books: its description and a line's memo. */
    final String ledgerCanary = canary("ledger");
    /** In the target organization's dues: a payment's reference and its waiver request's reason. */
    final String duesCanary = canary("dues");
    /** In the online link of the guards' event (for the confirmed and organizers) and in the target's access needs. */
    final String eventsCanary = canary("events");
    /** In the target's own nomination, not yet accepted (its statement), and in its voter roll correction's reason. */
    final String governanceCanary = canary("governance");
    /** In the story the target's representative submitted, waiting for staff to review it. */
    final String newsCanary = canary("news");

    final Map<String, Visitor> as = new LinkedHashMap<>();
    final Organization target;
    final Organization other;
    final HarambeeUser owner;
    /** The account the administrator's routes act on (disable, roles): nobody the guards sign in as. */
    final HarambeeUser administered;
    final Visitor ownerVisits;
    final GroupSummary publicGroup;
    final GroupSummary privateGroup;
    /** A public group open to all, for the route that joins one: the roles stay outside every other group. */
    final GroupSummary joinableGroup;
    final Long discussion;
    final Long post;
    final Long meeting;
    final Long task;
    final Long participant;
    final Long openStatement;
    final Long draftStatement;
    /** Closed, for the routes that only a closed statement has (its printable page, its signatories). */
    final Long closedStatement;
    final Long publicResource;
    final Long membersResource;
    final String publicVersion;
    final Long collection;
    /** A collection and a UN review per role, so that one role deleting its own leaves the others theirs. */
    final Map<String, Long> collections = new LinkedHashMap<>();
    final Map<String, Long> reviews = new LinkedHashMap<>();
    final Long recommendation;
    final String recommendationImport;
    final Long adoption;
    final Long review;
    final Long application;
    final Long token;
    final String issueArea;
    final Long journalEntry;
    /** An account of the chart the guards add, which only the route matrix's forms (sent empty) touch. */
    final Long ledgerAccount;
    /** The target organization's dues invoice for this membership year. */
    final Long invoice;
    /** A payment above the threshold recorded by the guards' treasurer, waiting for another treasurer. */
    final Long pendingPayment;
    /** A payment of the target that counts, which has a receipt and a scan. */
    final Long countedPayment;
    /** The target's waiver, asked for by its representative and decided already by another treasurer. */
    final Long waiver;
    /** A governing body described by another election officer, with a reserved and an open class of seats. */
    final String body;
    /**
     * The body's reserved class, which a term started today sits in until before the election's terms start (so the
     * class cannot be removed, nor the term end today, and the election still finds its seat vacant).
     */
    final Long seatClass;
    final Long term;
    /** An election of the body's seats with nominations open, and a question already counted (nobody voted). */
    final String openElection;
    final String countedElection;
    /** A candidate's accepted nomination in the open election, and the target's own, not yet accepted. */
    final Long acceptedNomination;
    final Long proposedNomination;
    /**
     * A general assembly in session, called by another election officer (the target checked in, which is its
     * quorum), and the target's resolution to it, being voted on.
     */
    final String assembly;
    final Long resolution;
    /**
     * An event described by another staff member, with one seat, which the target holds (with its access needs);
     * and another event, which the cancelling route cancels.
     */
    final String event;
    final Long registration;
    final String spareEvent;
    /**
     * A public news item published by staff, naming the target organization, its public group and the guards' event;
     * and the target's story waiting for review (with the news canary).
     */
    final Long publicNews;
    final Long waitingNews;

    GuardWorld(ApplicationContext context, MockMvc mvc) throws Exception {
        // The network's day, which may not be the machine's: the books refuse a day after it.
        LocalDate today = LocalDate.now(context.getBean(Installation.class).timeZone());
        MembershipFixtures fixtures = context.getBean(MembershipFixtures.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        WorkingGroups groups = context.getBean(WorkingGroups.class);
        GroupDiscussions discussions = context.getBean(GroupDiscussions.class);
        GroupWork work = context.getBean(GroupWork.class);
        Statements statements = context.getBean(Statements.class);

        Standing active = new Standing(MembershipStatus.ACTIVE, false, LocalDate.of(2012, 3, 1),
                LocalDate.now().plusYears(5));
        PersonDetails contact = new PersonDetails("Contact " + mark, Visibility.PUBLIC, "Director " + staffFieldCanary,
                Visibility.STAFF, MembershipFixtures.uniqueEmail("guards"), Visibility.MEMBERS, "+1 312 555 0142",
                Visibility.STAFF, staffFieldCanary, Visibility.STAFF, true);
        Long targetId = fixtures.registry().registerOrganizations(List.of(new OrganizationRegistration(
                fixtures.profile("Guarded Tenants " + mark, true), List.of(contact), active, "en"))).get(0);
        target = fixtures.loaded(targetId);
        other = fixtures.organization("Other Guard " + mark, MembershipStatus.ACTIVE, true);
        owner = fixtures.representativeOf(target);
        administered = fixtures.account(Role.MEMBER);
        ownerVisits = new Visitor(mvc, "owner", owner);
        as.put("visitor", new Visitor(mvc, "visitor", null));
        as.put("member", new Visitor(mvc, "member", fixtures.account(Role.MEMBER)));
        as.put("representative", new Visitor(mvc, "representative", fixtures.representativeOf(other)));
        as.put("staff", new Visitor(mvc, "staff", fixtures.account(Role.STAFF)));
        as.put("admin", new Visitor(mvc, "admin", fixtures.account(Role.ADMIN)));
        as.put("treasurer", new Visitor(mvc, "treasurer", fixtures.account(Role.TREASURER)));
        as.put("officer", new Visitor(mvc, "officer", fixtures.account(Role.ELECTION_OFFICER)));
        HarambeeUser staff = as.get("staff").user();
        String hash = context.getBean(PasswordEncoder.class).encode("guards keep the gate " + mark);
        for (HarambeeUser person : List.of(owner, administered)) {
            jdbc.update("update account set password_hash = ? where id = ?", hash, person.accountId());
        }

        Long area = fixtures.issueArea();
        publicGroup = groups.create(new GroupDraft("Guard Caucus " + mark, "Housing work in the open.", GroupKind.CAUCUS,
                GroupVisibility.PUBLIC, JoiningRule.OPEN, Set.of(area), Set.of()), owner);
        joinableGroup = groups.create(new GroupDraft("Guard Assembly " + mark, "Anyone may join.", GroupKind.CAMPAIGN,
                GroupVisibility.PUBLIC, JoiningRule.OPEN, Set.of(area), Set.of()), owner);
        discussion = discussions.start(publicGroup.slug(), "Open thread " + mark, "Anyone may read this.", true, owner)
                .id();
        post = discussions.reply(publicGroup.slug(), discussion, "A reply in the open " + mark, owner).id();
        meeting = work.schedule(publicGroup.slug(), plan("Open meeting " + mark), owner).id();
        task = work.addTask(publicGroup.slug(), "Open task " + mark, null, LocalDate.now().plusDays(9), owner).id();
        participant = jdbc.queryForObject("select id from group_participant where group_id = ? and account_id = ?",
                Long.class, publicGroup.id(), owner.accountId());
        openStatement = statements.draft(publicGroup.id(), new StatementDraft("Open statement " + mark, "Congress",
                "We ask for housing.", StatementVisibility.PUBLIC, true), owner);
        statements.open(openStatement, LocalDate.now().plusDays(30), owner);
        closedStatement = statements.draft(publicGroup.id(), new StatementDraft("Closed statement " + mark,
                "Council", "We asked for housing.", StatementVisibility.PUBLIC, true), owner);
        statements.open(closedStatement, LocalDate.now().plusDays(30), owner);
        statements.sign(closedStatement, target.id(), true, owner);
        statements.close(closedStatement, owner);

        privateGroup = groups.create(new GroupDraft("Guard Circle " + groupCanary, "Purpose " + groupCanary,
                GroupKind.TASK_FORCE, GroupVisibility.PRIVATE, JoiningRule.BY_REQUEST, Set.of(area), Set.of()), owner);
        HarambeeUser insider = fixtures.account(Role.MEMBER);
        made(ownerVisits.send(post("/groups/" + privateGroup.slug() + "/invite").param("whom", insider.email())),
                "an invitation to the private group");
        groups.join(privateGroup.slug(), null, insider);
        Long secret = discussions.start(privateGroup.slug(), "Thread " + groupCanary, "Body " + groupCanary, false,
                owner).id();
        discussions.reply(privateGroup.slug(), secret, "Reply " + groupCanary, owner);
        work.schedule(privateGroup.slug(), plan("Meeting " + groupCanary), owner);
        work.addTask(privateGroup.slug(), "Task " + groupCanary, null, LocalDate.now().plusDays(9), owner);
        draftStatement = statements.draft(privateGroup.id(), new StatementDraft("Draft " + groupCanary,
                "Council " + groupCanary, "Text " + groupCanary, StatementVisibility.MEMBERS, false), owner);

        List<Long> resources = context.getBean(LibrarySeeding.class).addPublished(List.of(
                document("Open guide " + mark, "Summary " + mark, ResourceVisibility.PUBLIC, "Open text " + mark),
                document("Guide " + resourceCanary, "Summary " + resourceCanary, ResourceVisibility.MEMBERS,
                        "Inside " + resourceCanary)), staff.accountId());
        publicResource = resources.get(0);
        membersResource = resources.get(1);
        publicVersion = jdbc.queryForObject("select v.id from resource_file_version v join resource_file f on "
                + "f.id = v.file_id where f.resource_id = ?", String.class, publicResource);
        NetworkPageForm about = new NetworkPageForm();
        about.setTitleEn("About " + mark);
        about.setBodyEn("Who we are, " + mark);
        NetworkPages networkPages = context.getBean(NetworkPages.class);
        about.setVersion(networkPages.current(NetworkPage.ABOUT).map(NetworkPageText::number).orElse(0));
        networkPages.revise(NetworkPage.ABOUT, about, staff.email());
        collection = context.getBean(LibraryCollections.class).create("Guard shelf " + mark, "Guides " + mark,
                List.of(publicResource)).id();

        String text = "Guard recommendation " + mark;
        MockHttpServletResponse upload = as.get("staff").send(multipart("/staff/un/import").file(new MockMultipartFile(
                "file", "guards-" + mark + ".csv", "text/csv",
                ("Session,To,From,Text\n9,United States,Canada," + text + "\n").getBytes(StandardCharsets.UTF_8))));
        made(upload, "a UN recommendation import");
        recommendationImport = upload.getRedirectedUrl().substring("/staff/un/import/".length());
        recommendation = eventually(() -> jdbc.queryForList("select id from recommendation where text = ?",
                Long.class, text), "the imported recommendation");
        FollowUp followUp = context.getBean(FollowUp.class);
        adoption = followUp.adopt(recommendation, "organization-" + target.id(), owner).id();
        followUp.assess(adoption, new AssessmentDraft(AssessmentStatus.NOT_IMPLEMENTED, LocalDate.now().minusDays(3),
                "Public evidence " + mark, List.of(), Set.of(publicResource), AssessmentVisibility.PUBLIC), owner);

        Visitor staffVisits = as.get("staff");
        for (String role : ROLES) {
            String session = "Guard session " + role + " " + mark;
            made(staffVisits.send(post("/staff/un/reviews/new").param("mechanism", "UPR").param("session", session)
                    .param("startsOn", LocalDate.now().plusMonths(2).toString())
                    .param("endsOn", LocalDate.now().plusMonths(2).plusDays(10).toString())), "a UN review");
            reviews.put(role, jdbc.queryForObject("select id from un_review where session = ?", Long.class, session));
            collections.put(role, context.getBean(LibraryCollections.class).create("Guard shelf " + role + " " + mark,
                    "Guides", List.of(publicResource)).id());
        }
        review = reviews.get("staff");
        String area2 = "Guard area " + mark;
        made(staffVisits.send(post("/staff/issue-areas").param("nameEn", area2).param("nameEs", "Área " + mark)), "an issue area");
        issueArea = jdbc.queryForObject("select slug from issue_area where name_en = ?", String.class, area2);

        String applicant = "Applicant " + applicationCanary;
        made(as.get("visitor").send(post("/apply/individual").param("name", applicant)
                .param("email", MembershipFixtures.uniqueEmail("applicant")).param("city", "Tucson")
                .param("state", "AZ").param("issueAreas", String.valueOf(area))
                .param("statement", "Statement " + applicationCanary)), "an application");
        application = jdbc.queryForObject("select id from membership_application where name = ?", Long.class,
                applicant);

        made(ownerVisits.send(post("/account/tokens").param("name", "Guard token " + mark)), "an API token");
        token = jdbc.queryForObject("select id from api_token where account_id = ?", Long.class, owner.accountId());

        String entry = "Grant " + ledgerCanary;
        made(as.get("treasurer").send(post("/treasury/journal").param("date", today.toString())
                .param("description", entry)
                .param("lines[0].account", jdbc.queryForObject("select id from ledger_account where code = '1000'",
                        String.class)).param("lines[0].debit", "2500").param("lines[0].memo", "Memo " + ledgerCanary)
                .param("lines[1].account", jdbc.queryForObject("select id from ledger_account where code = '4100'",
                        String.class)).param("lines[1].credit", "2500")), "a journal entry");
        journalEntry = jdbc.queryForObject("select id from journal_entry where description = ?", Long.class, entry);
        String code = "G" + mark.substring(0, 6);
        made(as.get("treasurer").send(post("/treasury/accounts").param("code", code).param("nameEn", "Guard fund")
                .param("nameEs", "Fondo de guardia").param("kind", "ASSET")), "an account of the chart");
        ledgerAccount = jdbc.queryForObject("select id from ledger_account where code = ?", Long.class, code);

        Visitor treasurer = as.get("treasurer");
        int year = today.getYear();
        MockHttpServletRequestBuilder schedule = post("/treasury/dues").param("year", String.valueOf(year))
                .param("floor", "");
        for (String rate : List.of("UNDER_50K", "FROM_50K_TO_250K", "FROM_250K_TO_1M", "FROM_1M_TO_5M", "OVER_5M",
                "UNDECLARED", "INDIVIDUAL")) {
            schedule.param("rates[" + rate + "]", "150");
        }
        made(treasurer.send(schedule), "a dues schedule");
        made(treasurer.send(post("/treasury/members/" + target.id() + "/invoices").param("year",
                String.valueOf(year))), "a dues invoice");
        invoice = jdbc.queryForObject("select max(id) from dues_invoice where member_id = ?", Long.class, target.id());
        made(treasurer.send(multipart("/treasury/members/" + target.id() + "/payments")
                .file(new MockMultipartFile("scan", "check-" + duesCanary + ".png", "image/png", ONE_PIXEL_PNG))
                .param("receivedOn", today.toString()).param("method", "CHECK")
                .param("reference", "Check " + duesCanary).param("amount", "100")), "a dues payment with its scan");
        countedPayment = jdbc.queryForObject("select id from dues_payment where reference = ?", Long.class,
                "Check " + duesCanary);
        made(treasurer.send(post("/treasury/members/" + target.id() + "/payments")
                .param("receivedOn", today.toString()).param("method", "BANK_TRANSFER")
                .param("reference", "Wire " + mark).param("amount", "50000")), "a payment awaiting approval");
        pendingPayment = jdbc.queryForObject("select id from dues_payment where reference = ?", Long.class,
                "Wire " + mark);
        made(ownerVisits.send(post("/dues/" + target.id() + "/waiver").param("fromYear", String.valueOf(year + 3))
                .param("toYear", String.valueOf(year + 3)).param("reason", "Hardship " + duesCanary)),
                "a waiver request");
        waiver = jdbc.queryForObject("select id from dues_waiver where reason = ?", Long.class,
                "Hardship " + duesCanary);
        made(new Visitor(mvc, "second treasurer", fixtures.account(Role.TREASURER)).send(
                post("/treasury/waivers/" + waiver + "/decline")), "a decided waiver");

        Visitor chief = new Visitor(mvc, "chief officer", fixtures.account(Role.ELECTION_OFFICER));
        MockHttpServletResponse described = chief.send(post("/bodies").param("nameEn", "Guard Council " + mark)
                .param("termYears", "2"));
        made(described, "a governing body");
        body = described.getRedirectedUrl().substring("/bodies/".length());
        made(chief.send(post("/bodies/" + body + "/classes").param("nameEn", "Grassroots seat").param("seats", "1")
                .param("grassroots", "true")), "a reserved class of seats");
        made(chief.send(post("/bodies/" + body + "/classes").param("nameEn", "Open seats").param("seats", "2")),
                "an open class of seats");
        seatClass = jdbc.queryForObject("select c.id from seat_class c join governing_body b on b.id = c.body_id"
                + " where b.slug = ? and c.name_en = 'Grassroots seat'", Long.class, body);
        Long openClass = jdbc.queryForObject("select c.id from seat_class c join governing_body b on b.id = c.body_id"
                + " where b.slug = ? and c.name_en = 'Open seats'", Long.class, body);
        made(chief.send(post("/bodies/" + body + "/terms").param("seatClass", String.valueOf(seatClass))
                .param("member", String.valueOf(other.id())).param("holder", "Holder " + mark)
                .param("startsOn", today.toString()).param("endsOn", today.plusDays(20).toString())), "a seat term");
        term = jdbc.queryForObject("select id from seat_term where holder = ?", Long.class, "Holder " + mark);
        ZoneId zone = context.getBean(Installation.class).timeZone();
        LocalDateTime now = LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES);
        MockHttpServletResponse called = chief.send(post("/elections").param("titleEn", "Guard election " + mark)
                .param("method", "STV").param("body", jdbc.queryForObject("select id from governing_body where slug = ?",
                        String.class, body))
                .param("seats[" + seatClass + "]", "1").param("seats[" + openClass + "]", "2")
                .param("nominationsOpen", now.minusHours(1).toString())
                .param("nominationsClose", now.plusDays(10).toString())
                .param("votingOpens", now.plusDays(10).toString()).param("votingCloses", now.plusDays(11).toString())
                .param("recordDate", today.toString()).param("organizationsVote", "true")
                .param("termStarts", today.plusMonths(1).toString()));
        made(called, "an election");
        openElection = called.getRedirectedUrl().substring("/elections/".length());
        Organization candidate = fixtures.organization("Candidate Guard " + mark, MembershipStatus.ACTIVE, true);
        Visitor candidateVisits = new Visitor(mvc, "candidate", fixtures.representativeOf(candidate));
        made(candidateVisits.send(post("/elections/" + openElection + "/nominations")
                .param("nominator", String.valueOf(candidate.id())).param("candidate", String.valueOf(candidate.id()))
                .param("candidateName", "Delegate " + mark)), "a nomination");
        acceptedNomination = jdbc.queryForObject("select id from nomination where candidate_name = ?", Long.class,
                "Delegate " + mark);
        made(candidateVisits.send(post("/elections/" + openElection + "/nominations/" + acceptedNomination
                + "/accept").param("candidateName", "Delegate " + mark)
                .param("statementEn", "Housing is a human right, " + mark)), "an accepted nomination");
        made(ownerVisits.send(post("/elections/" + openElection + "/nominations")
                .param("nominator", String.valueOf(target.id())).param("candidate", String.valueOf(target.id()))
                .param("candidateName", "Owner " + mark).param("statementEn", "Statement " + governanceCanary)),
                "a nomination waiting for its answer");
        proposedNomination = jdbc.queryForObject("select id from nomination where candidate_name = ?", Long.class,
                "Owner " + mark);
        made(chief.send(post("/elections/" + openElection + "/roll").param("member", String.valueOf(target.id()))
                .param("onRoll", "true").param("reason", "Reason " + governanceCanary)), "a roll correction");
        MockHttpServletResponse asked = chief.send(post("/elections").param("titleEn", "Guard question " + mark)
                .param("method", "QUESTION").param("questionEn", "Shall the guards keep the gate?")
                .param("threshold", "MAJORITY").param("votingOpens", now.minusHours(3).toString())
                .param("votingCloses", now.minusHours(1).toString()).param("recordDate", today.minusDays(1).toString())
                .param("organizationsVote", "true"));
        made(asked, "a question");
        countedElection = asked.getRedirectedUrl().substring("/elections/".length());
        made(chief.send(post("/elections/" + countedElection + "/count")), "a counted question");
        assembly = assembly(chief, "Guard assembly " + mark, now);
        made(ownerVisits.send(post("/assemblies/" + assembly + "/resolutions").param("member", String.valueOf(target.id()))
                .param("titleEn", "Guard resolution " + mark).param("textEn", "The network resolves " + mark)),
                "a resolution");
        resolution = jdbc.queryForObject("select id from resolution where title_en = ?", Long.class,
                "Guard resolution " + mark);
        made(chief.send(post("/assemblies/" + assembly + "/open")), "an assembly in session");
        made(chief.send(post("/assemblies/" + assembly + "/attendance").param("member", String.valueOf(target.id()))),
                "a member checked in");
        made(chief.send(post("/assemblies/" + assembly + "/resolutions/" + resolution + "/open")), "an open vote");
        if (jdbc.queryForObject("select voting_opened_at is null from resolution where id = ?", Boolean.class,
                resolution)) {
            throw new AssertionError("The guards could not open the vote on their resolution");
        }
        String past = assembly(chief, "Guard past assembly " + mark, now);
        made(chief.send(post("/assemblies/" + past + "/open")), "a past assembly's session");
        made(chief.send(post("/assemblies/" + past + "/close")), "a closed assembly");
        made(chief.send(post("/assemblies/" + past + "/minutes").param("minutesEn", "Draft " + governanceCanary)),
                "an assembly's draft minutes");
        Visitor organizer = new Visitor(mvc, "organizer", fixtures.account(Role.STAFF));
        event = event(organizer, "Guard training " + mark, now);
        spareEvent = event(organizer, "Guard spare event " + mark, now);
        made(ownerVisits.send(post("/events/" + event + "/registration").param("other", "Needs " + eventsCanary)),
                "a registration with access needs");
        registration = jdbc.queryForObject("select r.id from event_registration r join network_event e"
                + " on e.id = r.event_id where e.slug = ?", Long.class, event);
        made(new Visitor(mvc, "a visitor registering", null).send(post("/events/" + event + "/visitors")
                .param("name", "Guard visitor " + mark).param("email", "guard-visitor-" + mark + "@example.org")
                .param("other", "Visitor needs " + eventsCanary)), "a visitor's registration");
        publicNews = news(organizer.send(post("/news").param("kind", "NEWS").param("titleEn", "Guard news " + mark)
                .param("bodyEn", "Published news").param("visibility", "PUBLIC").param("related",
                        "/organizations/" + target.slug() + "\n/groups/" + publicGroup.slug() + "\n/events/" + event)));
        waitingNews = news(ownerVisits.send(post("/news").param("kind", "STORY").param("titleEn", "Guard story " + mark)
                .param("bodyEn", "Waiting " + newsCanary).param("visibility", "PUBLIC")
                .param("related", "/organizations/" + target.slug())));
    }

    private Long news(MockHttpServletResponse written) throws Exception {
        made(written, "a news item");
        return Long.valueOf(written.getRedirectedUrl().substring("/news/".length()));
    }

    private String event(Visitor organizer, String title, LocalDateTime now) throws Exception {
        MockHttpServletResponse described = organizer.send(post("/events").param("titleEn", title)
                .param("kind", "TRAINING").param("timeZone", "America/New_York")
                .param("startsAt", now.plusDays(10).toString()).param("endsAt", now.plusDays(10).plusHours(3).toString())
                .param("place", "Hall " + mark).param("onlineLink", "https://meet.example.org/" + eventsCanary)
                .param("visibility", "PUBLIC").param("capacity", "1").param("openToVisitors", "true")
                .param("registrationOpens", now.minusHours(1).toString())
                .param("registrationCloses", now.plusDays(9).toString()));
        made(described, "an event");
        return described.getRedirectedUrl().substring("/events/".length());
    }

    private String assembly(Visitor officer, String title, LocalDateTime now) throws Exception {
        MockHttpServletResponse called = officer.send(post("/assemblies").param("titleEn", title)
                .param("startsAt", now.plusHours(2).toString()).param("place", "Union hall, " + mark)
                .param("recordDate", now.toLocalDate().toString()).param("organizationsVote", "true")
                .param("quorumRule", "NUMBER").param("quorumValue", "1").param("maxProxies", "2")
                .param("resolutionsClose", now.plusHours(1).toString()));
        made(called, "a general assembly");
        return called.getRedirectedUrl().substring("/assemblies/".length());
    }

    private static <T> T eventually(Supplier<List<T>> found, String what)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            List<T> rows = found.get();
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The guards waited in vain for " + what);
    }

    private static void made(MockHttpServletResponse response, String what) throws Exception {
        if (response.getStatus() >= 400 || response.getContentAsString().contains("aria-invalid=\"true\"")) {
            throw new AssertionError("The guards could not make " + what + ": " + response.getStatus() + " "
                    + response.getContentAsString());
        }
    }

    private String canary(String what) {
        return "zq" + what + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    List<String> canaries() {
        return List.of(groupCanary, resourceCanary, staffFieldCanary, applicationCanary, governanceCanary,
                eventsCanary);
    }

    private static MeetingPlan plan(String title) {
        return new MeetingPlan(title, ZonedDateTime.now(ZoneId.of("America/Chicago")).plusDays(10), 60,
                "Community hall", null, "Agenda of " + title);
    }

    private PublishedDocument document(String title, String summary, ResourceVisibility visibility, String text) {
        return new PublishedDocument(title, summary, ResourceType.FACT_SHEET, LocalDate.now().minusDays(5), visibility,
                Set.of("en"), List.of("Guard author"), Set.of(), Set.of(), Set.of(), "guide.txt",
                text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The route's pattern with every path variable given a real value from this network, always an object owned by
     * someone else than the five roles: the public group, its discussion, the open statement, the public resource…
     * (the canary crawl also visits the private ones).
     */
    String fill(String pattern) {
        return fill(pattern, false, null);
    }

    /** The route with real values in every path variable but one, which gets this (already encoded) text. */
    String fillExcept(String pattern, String variable, String text) {
        Matcher variables = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(path, Matcher.quoteReplacement(variable.equals(variables.group(1)) ? text
                    : value(pattern, variables.group(1), false, null)));
        }
        variables.appendTail(path);
        return path.toString();
    }

    /** The same, naming the role's own collection and UN review (which the role may delete). */
    String fill(String pattern, String role) {
        return fill(pattern, false, role);
    }

    /** The same route naming the private objects: the private group, the draft statement, the members-only resource. */
    String fillPrivate(String pattern) {
        return fill(pattern, true, null);
    }

    private String fill(String pattern, boolean hidden, String role) {
        Matcher variables = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(path, Matcher.quoteReplacement(value(pattern, variables.group(1), hidden, role)));
        }
        variables.appendTail(path);
        return switch (path.toString()) {
            case "/**" -> "/css/harambee.css";
            case "/webjars/**" -> "/webjars/htmx.org/2.0.8/dist/htmx.min.js";
            default -> path.toString();
        };
    }

    private String value(String pattern, String variable, boolean hidden, String role) {
        String unknownSecret = "Gu4rdUnknownSecretGu4rdUnknownSecretGu4rdXy";
        return switch (variable) {
            case "slug" -> pattern.equals("/events/{slug}/cancel") ? spareEvent
                    : pattern.startsWith("/events") ? event
                    : pattern.startsWith("/assemblies") ? assembly
                    : pattern.startsWith("/bodies") ? body
                    : pattern.startsWith("/elections") ? (pattern.matches(".*/(result|receipts|ballots)")
                            ? countedElection : openElection)
                    : pattern.equals("/groups/{slug}/join") && !hidden ? joinableGroup.slug()
                    : pattern.startsWith("/groups") ? (hidden ? privateGroup.slug() : publicGroup.slug())
                    : pattern.startsWith("/staff/issue-areas") ? issueArea
                    : pattern.startsWith("/staff/pages") ? NetworkPage.ABOUT.slug() : target.slug();
            case "number" -> "1";
            case "secret", "token", "link" -> unknownSecret;
            case "step" -> "where";
            case "subject" -> pattern.startsWith("/saved") ? "news" : "organization";
            case "participant" -> String.valueOf(participant);
            case "action" -> "leave";
            case "postId" -> String.valueOf(post);
            case "personId" -> String.valueOf(target.primaryContact().id());
            case "version" -> publicVersion;
            case "capacity" -> "MEETING_SPACE";
            case "code" -> "ICESCR";
            case "memberId" -> String.valueOf(target.id());
            case "year" -> String.valueOf(LocalDate.now().getYear());
            case "id" -> id(pattern, hidden, role);
            default -> throw new AssertionError("No value for {" + variable + "} in " + pattern
                    + ": teach GuardWorld.value which object of the guards' network this variable names");
        };
    }

    private String id(String pattern, boolean hidden, String role) {
        Object id;
        if (pattern.startsWith("/groups/{slug}/discussions")) {
            id = discussion;
        } else if (pattern.startsWith("/groups/{slug}/meetings")) {
            id = meeting;
        } else if (pattern.startsWith("/groups/{slug}/tasks")) {
            id = task;
        } else if (pattern.endsWith("/print") || pattern.endsWith("/signatories.csv")) {
            id = hidden ? draftStatement : closedStatement;
        } else if (pattern.startsWith("/statements")) {
            id = hidden ? draftStatement : openStatement;
        } else if (pattern.startsWith("/library/collections") || pattern.startsWith("/staff/library/collections")) {
            id = role == null ? collection : collections.get(role);
        } else if (pattern.startsWith("/library") || pattern.startsWith("/staff/library")) {
            id = hidden ? membersResource : publicResource;
        } else if (pattern.startsWith("/un/recommendations") || pattern.startsWith("/api/v1/recommendations")) {
            id = recommendation;
        } else if (pattern.startsWith("/un/adoptions")) {
            id = adoption;
        } else if (pattern.startsWith("/staff/un/reviews")) {
            id = role == null ? review : reviews.get(role);
        } else if (pattern.startsWith("/staff/un/import")) {
            id = recommendationImport;
        } else if (pattern.startsWith("/staff/import/organizations")) {
            id = UUID.nameUUIDFromBytes(mark.getBytes(StandardCharsets.UTF_8));
        } else if (pattern.startsWith("/staff/applications")) {
            id = application;
        } else if (pattern.startsWith("/staff/members") || pattern.startsWith("/directory/partners")) {
            id = pattern.startsWith("/directory/partners") ? other.id() : target.id();
        } else if (pattern.startsWith("/admin/accounts")) {
            id = administered.accountId();
        } else if (pattern.startsWith("/account/tokens")) {
            id = token;
        } else if (pattern.startsWith("/treasury/journal")) {
            id = journalEntry;
        } else if (pattern.startsWith("/treasury/accounts")) {
            id = ledgerAccount;
        } else if (pattern.endsWith("/receipt") || pattern.endsWith("/scan")) {
            id = countedPayment;
        } else if (pattern.startsWith("/treasury/invoices") || pattern.startsWith("/dues/invoices")) {
            id = invoice;
        } else if (pattern.startsWith("/treasury/payments")) {
            id = pendingPayment;
        } else if (pattern.startsWith("/treasury/waivers")) {
            id = waiver;
        } else if (pattern.startsWith("/treasury/members")) {
            id = target.id();
        } else if (pattern.startsWith("/bodies/{slug}/classes")) {
            id = seatClass;
        } else if (pattern.startsWith("/bodies/{slug}/terms")) {
            id = term;
        } else if (pattern.startsWith("/following")) {
            id = target.id();
        } else if (pattern.startsWith("/news") || pattern.startsWith("/staff/news") || pattern.startsWith("/saved")) {
            id = hidden ? waitingNews : publicNews;
        } else if (pattern.startsWith("/events/{slug}/registrations")) {
            id = registration;
        } else if (pattern.startsWith("/assemblies/{slug}/resolutions")) {
            id = resolution;
        } else if (pattern.startsWith("/elections/{slug}/nominations")) {
            id = hidden ? proposedNomination : acceptedNomination;
        } else {
            throw new AssertionError("No value for {id} in " + pattern
                    + ": teach GuardWorld.id which object of the guards' network this route names");
        }
        return String.valueOf(id);
    }
}
