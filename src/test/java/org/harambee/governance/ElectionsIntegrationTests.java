package org.harambee.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.harambee.Mailbox;
import org.harambee.MovableClock;
import org.harambee.MovableClockConfiguration;
import org.harambee.TestSmtp;
import org.harambee.governance.count.BltFile;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.Organization;
import org.harambee.site.Installation;
import org.harambee.site.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An election from call to result, as officers, nominees, seconders and voters go through it in the pages: reserved
 * seats filled first among the eligible, the roll from standing at the record date, ranks refused with the ranks
 * that repeat or skip, one vote per member (also under 50 attempts at once), the receipt shown once and published
 * after the close with the anonymised ballots, which count again to the same result; and the secret ballot's tables,
 * which hold nothing that links a ballot to its voter.
 */
@IntegrationTest
@Import(MovableClockConfiguration.class)
class ElectionsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures members;
    @Autowired
    Installation installation;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Voting voting;
    @Autowired
    ElectionOffice office;

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP).withPerMethodLifecycle(false);

    private GovernanceFixtures fixtures;
    private HarambeeUser officer;

    @BeforeEach
    void network() {
        clock.reset();
        fixtures = new GovernanceFixtures(mvc, members, installation, clock);
        officer = members.account(Role.ELECTION_OFFICER);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private MockHttpServletResponse as(HarambeeUser who, org.springframework.test.web.servlet.request
            .MockHttpServletRequestBuilder request) throws Exception {
        return fixtures.as(who, request);
    }

    private Long classId(String body, String name) {
        return jdbc.queryForObject("select c.id from seat_class c join governing_body b on b.id = c.body_id"
                + " where b.slug = ? and c.name_en = ?", Long.class, body, name);
    }

    private Long nominationOf(String election, Organization candidate) {
        return jdbc.queryForObject("select n.id from nomination n join election e on e.id = n.election_id"
                + " where e.slug = ? and n.candidate_member_id = ?", Long.class, election, candidate.id());
    }

    @Test
    void reservedSeatsAreFilledFirstAndTheCountCanBeCheckedFromThePublishedBallots() throws Exception {
        String mark = MembershipFixtures.unique("Council");
        String body = fixtures.body(officer, mark, new LinkedHashMap<>(Map.of("Grassroots seat", 1, "Open seats", 2)));
        Map<String, Organization> orgs = new LinkedHashMap<>();
        Map<String, HarambeeUser> reps = new LinkedHashMap<>();
        for (String name : List.of("Alder", "Birch", "Cedar", "Dogwood", "Elm")) {
            Organization org = fixtures.organization(name + " " + mark, name.equals("Elm"), "IL");
            orgs.put(name, org);
            reps.put(name, members.representativeOf(org));
        }
        String election = as(officer, fixtures.election(mark + " election", "STV")
                .param("body", String.valueOf(jdbc.queryForObject("select id from governing_body where slug = ?",
                        Long.class, body)))
                .param("seats[" + classId(body, "Grassroots seat") + "]", "1")
                .param("seats[" + classId(body, "Open seats") + "]", "2")
                .param("seconders", "1")).getRedirectedUrl().substring("/elections/".length());

        for (String name : List.of("Alder", "Birch", "Cedar", "Elm")) {
            MockHttpServletResponse nominated = as(reps.get(name), post("/elections/" + election + "/nominations")
                    .param("nominator", String.valueOf(orgs.get(name).id()))
                    .param("candidate", String.valueOf(orgs.get(name).id())).param("candidateName", name + " Delegate"));
            assertThat(nominated.getRedirectedUrl()).startsWith("/elections/" + election + "/nominations/");
        }
        MockHttpServletResponse twice = as(reps.get("Dogwood"), post("/elections/" + election + "/nominations")
                .param("nominator", String.valueOf(orgs.get("Dogwood").id()))
                .param("candidate", String.valueOf(orgs.get("Alder").id())).param("candidateName", "Someone"));
        assertThat(twice.getStatus()).isEqualTo(200);
        assertThat(twice.getContentAsString()).contains("This member has been nominated already.");

        for (String name : List.of("Alder", "Birch", "Cedar", "Elm")) {
            Long nomination = nominationOf(election, orgs.get(name));
            MockHttpServletResponse empty = as(reps.get(name), post("/elections/" + election + "/nominations/"
                    + nomination + "/accept").param("candidateName", name + " Delegate"));
            assertThat(empty.getContentAsString()).contains("Write a statement voters will read");
            as(reps.get(name), post("/elections/" + election + "/nominations/" + nomination + "/accept")
                    .param("candidateName", name + " Delegate")
                    .param("statementEn", name + " will bring tenants to the table."));
            as(reps.get("Dogwood"), post("/elections/" + election + "/nominations/" + nomination + "/second")
                    .param("member", String.valueOf(orgs.get("Dogwood").id())));
        }
        assertThat(fixtures.flash(reps.get("Alder"), post("/elections/" + election + "/nominations/"
                + nominationOf(election, orgs.get("Alder")) + "/second").param("member",
                String.valueOf(orgs.get("Alder").id())), "notice"))
                .isEqualTo("governance.nomination.ownSeconding");
        String page = as(reps.get("Dogwood"), get("/elections/" + election)).getContentAsString();
        assertThat(page).contains("Elm Delegate", "Elm will bring tenants to the table.", "on the roll");

        clock.advance(Duration.ofHours(26));
        Map<String, String> receipts = new LinkedHashMap<>();
        Map<String, List<String>> rankings = Map.of(
                "Alder", List.of("Alder", "Birch", "Cedar"),
                "Birch", List.of("Birch", "Alder"),
                "Cedar", List.of("Cedar", "Birch", "Alder"),
                "Dogwood", List.of("Alder", "Cedar"),
                "Elm", List.of("Birch", "Elm"));
        for (Map.Entry<String, List<String>> voter : rankings.entrySet()) {
            var ballot = post("/elections/" + election + "/ballot")
                    .param("member", String.valueOf(orgs.get(voter.getKey()).id()));
            List<String> order = voter.getValue();
            for (int rank = 0; rank < order.size(); rank++) {
                ballot.param("ranks[" + nominationOf(election, orgs.get(order.get(rank))) + "]",
                        String.valueOf(rank + 1));
            }
            receipts.put(voter.getKey(), (String) fixtures.flash(reps.get(voter.getKey()), ballot, "receipt"));
        }
        assertThat(receipts.values()).allMatch(code -> code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"))
                .doesNotHaveDuplicates();
        MockHttpServletResponse again = as(reps.get("Alder"), post("/elections/" + election + "/ballot")
                .param("member", String.valueOf(orgs.get("Alder").id()))
                .param("ranks[" + nominationOf(election, orgs.get("Cedar")) + "]", "1"));
        assertThat(again.getContentAsString()).contains("This member has voted already.");
        assertThat(as(reps.get("Alder"), get("/elections/" + election + "/receipt")).getContentAsString())
                .doesNotContain(receipts.get("Alder")).contains("shown only once");
        assertThat(mvc.perform(get("/elections/" + election + "/receipts")).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        clock.advance(Duration.ofHours(24));
        assertThat(as(officer, post("/elections/" + election + "/count")).getRedirectedUrl())
                .isEqualTo("/elections/" + election + "/result");
        assertThat(fixtures.flash(officer, post("/elections/" + election + "/count"), "notice"))
                .isEqualTo("governance.count.notClosed");

        String result = mvc.perform(get("/elections/" + election + "/result").header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(result).contains("Grassroots seat", "Open seats (2)", "Stage 1", "Non-transferable");
        List<String> elected = jdbc.queryForList("select n.candidate_name from nomination n join election e"
                + " on e.id = n.election_id where e.slug = ? and n.elected_order is not null order by n.elected_order",
                String.class, election);
        assertThat(elected).hasSize(3);
        assertThat(elected.get(0)).isEqualTo("Elm Delegate");
        assertThat(elected).contains("Alder Delegate", "Birch Delegate");

        String receiptsPage = mvc.perform(get("/elections/" + election + "/receipts")).andReturn().getResponse()
                .getContentAsString();
        assertThat(receiptsPage).contains(receipts.values());
        assertThat(mvc.perform(get("/elections/" + election + "/receipts").param("code",
                receipts.get("Cedar").toLowerCase().replace("-", " "))).andReturn().getResponse()
                .getContentAsString()).contains("This receipt code is among the ballots cast.");

        String blt = mvc.perform(get("/elections/" + election + "/ballots")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var recount = BltFile.read(blt);
        assertThat(recount.candidates()).containsExactly("Alder Delegate", "Birch Delegate", "Cedar Delegate",
                "Elm Delegate");
        assertThat(recount.ballots().stream().mapToLong(b -> b.weight()).sum()).isEqualTo(5);
        for (String code : receipts.values()) {
            assertThat(blt).doesNotContain(code);
        }
        String bodyPage = mvc.perform(get("/bodies/" + body).header("Accept-Language", "en")).andReturn()
                .getResponse().getContentAsString();
        assertThat(bodyPage).contains("Elm Delegate", "Alder Delegate", "Birch Delegate");
    }

    @Test
    void theSecretBallotKeepsNothingThatLinksABallotToItsVoter() throws Exception {
        assertThat(jdbc.queryForList("select lower(column_name) from information_schema.columns"
                + " where lower(table_name) = 'ballot_paper'", String.class))
                .containsExactlyInAnyOrder("id", "election_id", "receipt", "choices");
        assertThat(jdbc.queryForList("select lower(column_name) from information_schema.columns"
                + " where lower(table_name) = 'marked_register'", String.class))
                .containsExactlyInAnyOrder("election_id", "member_id");

        String mark = MembershipFixtures.unique("Question");
        Organization voter = fixtures.organization("Voter " + mark, true, "IL");
        HarambeeUser representative = members.representativeOf(voter);
        String election = as(officer, post("/elections").param("titleEn", mark).param("method", "QUESTION")
                .param("questionEn", "Shall the network adopt the " + mark + " platform?")
                .param("threshold", "TWO_THIRDS").param("votingOpens", fixtures.at(1))
                .param("votingCloses", fixtures.at(3)).param("recordDate", fixtures.today().toString())
                .param("organizationsVote", "true")).getRedirectedUrl().substring("/elections/".length());
        clock.advance(Duration.ofHours(2));
        String receipt = (String) fixtures.flash(representative, post("/elections/" + election + "/ballot")
                .param("member", String.valueOf(voter.id())).param("answer", "YES"), "receipt");
        Long electionId = jdbc.queryForObject("select id from election where slug = ?", Long.class, election);
        String before = jdbc.queryForObject("select cast(id as varchar(64)) from ballot_paper where election_id = ?",
                String.class, electionId);
        assertThat(jdbc.queryForObject("select count(*) from marked_register where election_id = ? and member_id = ?",
                Integer.class, electionId, voter.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select receipt from ballot_paper where election_id = ?", String.class,
                electionId)).isEqualTo(receipt);

        clock.advance(Duration.ofHours(2));
        as(officer, post("/elections/" + election + "/count"));
        String after = jdbc.queryForObject("select cast(id as varchar(64)) from ballot_paper where election_id = ?",
                String.class, electionId);
        assertThat(after).as("the papers are written again under new keys at the count").isNotEqualTo(before);
        assertThat(mvc.perform(get("/elections/" + election).header("Accept-Language", "en")).andReturn()
                .getResponse().getContentAsString()).contains("The question passed.", "Yes 1, no 0, abstain 0.");
        assertThat(jdbc.queryForList("select details from audit_entry where subject = ?", String.class,
                "election " + election)).noneMatch(details -> details != null && details.contains(receipt));
    }

    @Test
    void fiftyAttemptsAtOnceToVoteForOneMemberCountOnce() throws Exception {
        String mark = MembershipFixtures.unique("Concurrent");
        Organization voter = fixtures.organization("Voter " + mark, true, "NY");
        HarambeeUser representative = members.representativeOf(voter);
        String election = as(officer, post("/elections").param("titleEn", mark).param("method", "QUESTION")
                .param("questionEn", "Shall we?").param("threshold", "MAJORITY").param("votingOpens", fixtures.at(1))
                .param("votingCloses", fixtures.at(3)).param("recordDate", fixtures.today().toString())
                .param("organizationsVote", "true")).getRedirectedUrl().substring("/elections/".length());
        clock.advance(Duration.ofHours(2));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<String>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                BallotForm ballot = new BallotForm();
                ballot.setMember(voter.id());
                ballot.setAnswer(i % 2 == 0 ? "YES" : "NO");
                Callable<String> cast = () -> {
                    try {
                        return voting.cast(election, ballot, representative);
                    } catch (Refusal refused) {
                        return "refused: " + refused.key();
                    }
                };
                attempts.add(pool.submit(cast));
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> attempt : attempts) {
                answers.add(attempt.get());
            }
            assertThat(answers.stream().filter(a -> !a.startsWith("refused"))).hasSize(1);
            assertThat(answers.stream().filter(a -> a.startsWith("refused"))).hasSize(49)
                    .allMatch(a -> a.equals("refused: governance.ballot.votedAlready"));
        } finally {
            pool.shutdownNow();
        }
        Long electionId = jdbc.queryForObject("select id from election where slug = ?", Long.class, election);
        assertThat(jdbc.queryForObject("select count(*) from ballot_paper where election_id = ?", Integer.class,
                electionId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from marked_register where election_id = ?", Integer.class,
                electionId)).isEqualTo(1);
    }

    @Test
    void ranksThatRepeatOrSkipAreNamedAndNothingIsCast() throws Exception {
        String mark = MembershipFixtures.unique("Ranks");
        String body = fixtures.body(officer, mark, Map.of("Open seats", 2));
        Organization first = fixtures.organization("First " + mark, false, "CA");
        Organization second = fixtures.organization("Second " + mark, false, "CA");
        Organization third = fixtures.organization("Third " + mark, false, "CA");
        HarambeeUser rep = members.representativeOf(first);
        String election = as(officer, fixtures.election(mark, "STV").param("body", String.valueOf(
                jdbc.queryForObject("select id from governing_body where slug = ?", Long.class, body)))
                .param("seats[" + classId(body, "Open seats") + "]", "2")).getRedirectedUrl()
                .substring("/elections/".length());
        for (Organization candidate : List.of(first, second, third)) {
            HarambeeUser own = candidate == first ? rep : members.representativeOf(candidate);
            as(own, post("/elections/" + election + "/nominations").param("nominator", String.valueOf(candidate.id()))
                    .param("candidate", String.valueOf(candidate.id())).param("candidateName", candidate.name()));
            as(own, post("/elections/" + election + "/nominations/" + nominationOf(election, candidate) + "/accept")
                    .param("candidateName", candidate.name()).param("statementEs", "Vivienda digna para todas."));
        }
        clock.advance(Duration.ofHours(26));
        Long a = nominationOf(election, first);
        Long b = nominationOf(election, second);
        Long c = nominationOf(election, third);
        String repeated = as(rep, post("/elections/" + election + "/ballot").param("member", String.valueOf(first.id()))
                .param("ranks[" + a + "]", "1").param("ranks[" + b + "]", "1").param("ranks[" + c + "]", "2"))
                .getContentAsString();
        assertThat(repeated).contains("Rank 1 is given to more than one candidate.");
        Matcher errors = Pattern.compile("id=\"ranks-(\\d+)--error\"").matcher(repeated);
        List<String> atFields = new ArrayList<>();
        while (errors.find()) {
            atFields.add(errors.group(1));
        }
        assertThat(atFields).containsExactlyInAnyOrder(String.valueOf(a), String.valueOf(b));
        assertThat(as(rep, post("/elections/" + election + "/ballot").param("member", String.valueOf(first.id()))
                .param("ranks[" + a + "]", "1").param("ranks[" + b + "]", "3")).getContentAsString())
                .contains("Rank 2 is missing");
        assertThat(as(rep, post("/elections/" + election + "/ballot").param("member", String.valueOf(first.id()))
                .param("ranks[" + a + "]", "9")).getContentAsString()).contains("Use a whole number from 1 to 3.");
        assertThat(as(rep, post("/elections/" + election + "/ballot").param("member", String.valueOf(first.id())))
                .getContentAsString()).contains("Rank at least one candidate.");
        Long electionId = jdbc.queryForObject("select id from election where slug = ?", Long.class, election);
        assertThat(jdbc.queryForObject("select count(*) from marked_register where election_id = ?", Integer.class,
                electionId)).isZero();
        assertThat(office.candidates(office.election(election).orElseThrow())).hasSize(3);
        assertThatThrownBy(() -> office.revise(election, office.election(election).orElseThrow()
                .asForm(installation.timeZone()))).isInstanceOf(Refusal.class);
    }

    @Test
    void aMemberNominatedByAnotherIsToldByMailHowToAnswerAndASelfNominationIsNot() throws Exception {
        String mark = MembershipFixtures.unique("Told");
        String body = fixtures.body(officer, mark, Map.of("Open seats", 1));
        Organization nominator = fixtures.organization("Nominator " + mark, false, "OR");
        Organization nominee = fixtures.organization("Nominee " + mark, false, "OR");
        HarambeeUser rep = members.representativeOf(nominator);
        String election = as(officer, fixtures.election(mark, "STV").param("body", String.valueOf(
                jdbc.queryForObject("select id from governing_body where slug = ?", Long.class, body)))
                .param("seats[" + classId(body, "Open seats") + "]", "1")).getRedirectedUrl()
                .substring("/elections/".length());
        as(rep, post("/elections/" + election + "/nominations").param("nominator", String.valueOf(nominator.id()))
                .param("candidate", String.valueOf(nominee.id())).param("candidateName", "Ada " + mark));
        as(rep, post("/elections/" + election + "/nominations").param("nominator", String.valueOf(nominator.id()))
                .param("candidate", String.valueOf(nominator.id())).param("candidateName", "Bea " + mark));
        List<String> told = Mailbox.bodiesTo(greenMail, nominee.primaryContact().email(), 1);
        assertThat(told).singleElement().satisfies(mail -> assertThat(mail)
                .contains("Nominee " + mark + " is nominated in " + mark, "Nominator " + mark + " has nominated",
                        "Ada " + mark, "/elections/" + election + "/nominations/" + nominationOf(election, nominee)));
        assertThat(Mailbox.bodiesTo(greenMail, nominator.primaryContact().email(), 0))
                .noneMatch(mail -> mail.contains("nominated"));
    }

    @Test
    void theNomineeHasTheLastWordAndNobodyNamesAnotherIndividualOrSecondsAnUnansweredNomination() throws Exception {
        String mark = MembershipFixtures.unique("Nominee");
        String body = fixtures.body(officer, mark, Map.of("Open seats", 2));
        Long open = classId(body, "Open seats");
        Long bodyId = jdbc.queryForObject("select id from governing_body where slug = ?", Long.class, body);
        assertThat(as(officer, fixtures.election(mark + " too many", "STV").param("body", String.valueOf(bodyId))
                .param("seats[" + open + "]", "3")).getContentAsString())
                .contains("The class has 2 seats, 2 of them vacant on the day the terms start");
        String election = as(officer, fixtures.election(mark, "STV").param("body", String.valueOf(bodyId))
                .param("seats[" + open + "]", "2").param("seconders", "1")).getRedirectedUrl()
                .substring("/elections/".length());
        Organization rival = fixtures.organization("Rival " + mark, false, "OH");
        Organization target = fixtures.organization("Target " + mark, false, "OH");
        HarambeeUser rivalRep = members.representativeOf(rival);
        HarambeeUser targetRep = members.representativeOf(target);
        String person = "Person " + mark;
        HarambeeUser individual = members.individualMember(person, MembershipFixtures.uniqueEmail("person"));
        Long individualId = jdbc.queryForObject("select id from individual_member where name = ?", Long.class,
                person);

        assertThat(as(rivalRep, post("/elections/" + election + "/nominations").param("nominator",
                String.valueOf(rival.id())).param("candidate", String.valueOf(individualId))
                .param("candidateName", "Anyone")).getContentAsString())
                .as("an individual member is named by nobody but themselves").contains("Choose a member of the network.");
        assertThat(as(individual, post("/elections/" + election + "/nominations").param("nominator",
                String.valueOf(individualId)).param("candidate", String.valueOf(individualId))
                .param("candidateName", person)).getRedirectedUrl()).startsWith("/elections/" + election);

        as(rivalRep, post("/elections/" + election + "/nominations").param("nominator", String.valueOf(rival.id()))
                .param("candidate", String.valueOf(target.id())).param("candidateName", "Someone unwelcome"));
        Long nomination = nominationOf(election, target);
        assertThat(as(individual, post("/elections/" + election + "/nominations/" + nomination + "/second")
                .param("member", String.valueOf(individualId))).getStatus())
                .as("a nomination not yet accepted is not seconded, nor known").isEqualTo(404);
        as(targetRep, post("/elections/" + election + "/nominations/" + nomination + "/decline"));
        assertThat(as(targetRep, post("/elections/" + election + "/nominations").param("nominator",
                String.valueOf(target.id())).param("candidate", String.valueOf(target.id()))
                .param("candidateName", "Our own delegate")).getRedirectedUrl())
                .as("a declined nomination does not keep its member out").isEqualTo("/elections/" + election
                        + "/nominations/" + nomination);
        as(targetRep, post("/elections/" + election + "/nominations/" + nomination + "/accept")
                .param("candidateName", "Our chosen delegate").param("statementEn", "We stand."));
        assertThat(jdbc.queryForObject("select candidate_name from nomination where id = ?", String.class,
                nomination)).isEqualTo("Our chosen delegate");
        assertThat(as(individual, post("/elections/" + election + "/nominations/" + nomination + "/second")
                .param("member", String.valueOf(individualId))).getRedirectedUrl())
                .isEqualTo("/elections/" + election + "/nominations/" + nomination);
        assertThat(jdbc.queryForObject("select count(*) from seconding where nomination_id = ?", Integer.class,
                nomination)).isEqualTo(1);
        assertThat(as(officer, post("/elections/" + election).param("titleEn", mark).param("method", "APPROVAL")
                .param("body", String.valueOf(bodyId)).param("seats[" + open + "]", "2")
                .param("nominationsOpen", fixtures.at(-1)).param("nominationsClose", fixtures.at(24))
                .param("votingOpens", fixtures.at(25)).param("votingCloses", fixtures.at(49))
                .param("recordDate", fixtures.today().toString()).param("organizationsVote", "true")
                .param("termStarts", fixtures.today().plusMonths(1).toString())).getContentAsString())
                .contains("Members have been nominated already");
        assertThat(as(officer, post("/elections/" + election + "/roll").param("member", String.valueOf(individualId))
                .param("onRoll", "true").param("reason", "Asked")).getContentAsString())
                .contains("individual members do not vote in this election");
    }

    @Test
    void theRollSaysWhyAndOfficersCorrectItWithAReason() throws Exception {
        String mark = MembershipFixtures.unique("Roll");
        Organization lapsed = members.organization("Lapsed " + mark, MembershipStatus.LAPSED, true);
        HarambeeUser lapsedRep = members.representativeOf(lapsed);
        HarambeeUser individual = members.individualMember("Person " + mark, MembershipFixtures.uniqueEmail("p"));
        String election = as(officer, post("/elections").param("titleEn", mark).param("method", "QUESTION")
                .param("questionEn", "Shall we?").param("threshold", "MAJORITY").param("votingOpens", fixtures.at(1))
                .param("votingCloses", fixtures.at(3)).param("recordDate", fixtures.today().toString())
                .param("organizationsVote", "true")).getRedirectedUrl().substring("/elections/".length());
        assertThat(as(lapsedRep, get("/elections/" + election + "/roll")).getContentAsString())
                .contains("Lapsed " + mark, "Membership not active");
        assertThat(as(individual, get("/elections/" + election + "/roll")).getContentAsString())
                .contains("individual members do not vote in this election");
        MockHttpServletResponse noReason = as(officer, post("/elections/" + election + "/roll")
                .param("member", String.valueOf(lapsed.id())).param("onRoll", "true"));
        assertThat(noReason.getStatus()).isEqualTo(200);
        assertThat(as(officer, post("/elections/" + election + "/roll").param("member", String.valueOf(lapsed.id()))
                .param("onRoll", "true").param("reason", "Renewal paid at the assembly " + mark))
                .getRedirectedUrl()).isEqualTo("/elections/" + election + "/roll");
        assertThat(as(lapsedRep, get("/elections/" + election + "/roll")).getContentAsString())
                .contains("put on the roll by an election officer", "Renewal paid at the assembly " + mark);
        assertThat(jdbc.queryForList("select details from audit_entry where action = ? and subject = ?",
                String.class, "governance.roll.added", "election " + election)).containsExactly("member " + lapsed.id());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where details like ?", Integer.class,
                "%Renewal paid at the assembly " + mark + "%")).as("the reason stays with the roll").isZero();
        assertThat(as(members.account(Role.STAFF), post("/elections/" + election + "/roll")
                .param("member", String.valueOf(lapsed.id())).param("onRoll", "false").param("reason", "x"))
                .getStatus()).isEqualTo(403);
    }
}
