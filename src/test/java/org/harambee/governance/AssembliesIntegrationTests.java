package org.harambee.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import org.harambee.IntegrationTest;
import org.harambee.MovableClock;
import org.harambee.MovableClockConfiguration;
import org.harambee.Simultaneously;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.Organization;
import org.harambee.site.Installation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A general assembly from call to minutes, as officers, delegates and proxy holders go through it in the pages:
 * resolutions submitted before the deadline and seconded by another member, proxies within the assembly's limit and
 * without chains, the quorum from who is checked in and the proxies whose holder is, amendments recorded until the
 * vote, votes cast for one's own member and by proxy (once each, also under many attempts at once), the threshold's
 * decision, and minutes published to the members with the vote counts.
 */
@IntegrationTest
@Import(MovableClockConfiguration.class)
class AssembliesIntegrationTests {

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

    private MockHttpServletResponse as(HarambeeUser who, MockHttpServletRequestBuilder request) throws Exception {
        return fixtures.as(who, request);
    }

    private Object notice(HarambeeUser who, MockHttpServletRequestBuilder request) throws Exception {
        return fixtures.flash(who, request, "notice");
    }

    /** An assembly in two days, resolutions until tomorrow, a quorum of three members, one proxy per delegate. */
    private String assembly(String title) throws Exception {
        return as(officer, post("/assemblies").param("titleEn", title).param("startsAt", fixtures.at(48))
                .param("onlineLink", "https://meet.example.org/" + title.replace(' ', '-'))
                .param("agendaEn", "1. Welcome\n2. Resolutions").param("recordDate", fixtures.today().toString())
                .param("organizationsVote", "true").param("quorumRule", "NUMBER").param("quorumValue", "3")
                .param("maxProxies", "1").param("seconders", "1").param("resolutionsClose", fixtures.at(24)))
                .getRedirectedUrl().substring("/assemblies/".length());
    }

    private static MockHttpServletRequestBuilder checkIn(String assembly, Organization org, boolean present) {
        return post("/assemblies/" + assembly + "/attendance").param("member", String.valueOf(org.id()))
                .param("present", String.valueOf(present));
    }

    private static MockHttpServletRequestBuilder proxy(String assembly, Organization grantor, Organization holder) {
        return post("/assemblies/" + assembly + "/proxies").param("grantor", String.valueOf(grantor.id()))
                .param("holder", holder == null ? "" : String.valueOf(holder.id()));
    }

    private static MockHttpServletRequestBuilder vote(String assembly, Long resolution, Organization member,
            String answer) {
        return post("/assemblies/" + assembly + "/resolutions/" + resolution + "/vote")
                .param("member", String.valueOf(member.id())).param("answer", answer);
    }

    @Test
    void anAssemblyDecidesAResolutionWithAQuorumProxiesAndAmendmentsAndPublishesItsMinutes() throws Exception {
        String mark = MembershipFixtures.unique("Assembly");
        String assembly = assembly(mark);
        Organization a = fixtures.organization("Acacia " + mark, true, "NY");
        Organization b = fixtures.organization("Baobab " + mark, false, "TX");
        Organization c = fixtures.organization("Cypress " + mark, false, "CA");
        Organization d = fixtures.organization("Date Palm " + mark, false, "FL");
        Organization e = fixtures.organization("Eucalyptus " + mark, false, "WA");
        HarambeeUser repA = members.representativeOf(a);
        HarambeeUser repB = members.representativeOf(b);
        HarambeeUser repC = members.representativeOf(c);
        HarambeeUser repD = members.representativeOf(d);
        HarambeeUser repE = members.representativeOf(e);

        assertThat(mvc.perform(get("/assemblies/" + assembly)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        String submitted = as(repA, post("/assemblies/" + assembly + "/resolutions")
                .param("member", String.valueOf(a.id())).param("titleEn", "Housing first " + mark)
                .param("textEn", "The network calls for housing first.")).getRedirectedUrl();
        Long resolution = Long.valueOf(submitted.substring(submitted.lastIndexOf('/') + 1));
        String second = "/assemblies/" + assembly + "/resolutions/" + resolution + "/second";
        assertThat(notice(repA, post(second).param("member", String.valueOf(a.id()))))
                .isEqualTo("governance.resolution.ownSecond");
        assertThat(notice(repB, post(second).param("member", String.valueOf(b.id()))))
                .isEqualTo("governance.resolution.secondedNotice");
        assertThat(notice(repB, post(second).param("member", String.valueOf(b.id()))))
                .isEqualTo("governance.resolution.secondedAlready");
        assertThat(notice(repB, post(second).param("member", String.valueOf(a.id()))))
                .isEqualTo("governance.ballot.notYours");

        assertThat(as(repD, proxy(assembly, d, c)).getRedirectedUrl()).endsWith("#proxies");
        assertThat(as(repE, proxy(assembly, e, c)).getContentAsString())
                .contains("This delegate already holds 1 proxies, the most this assembly allows.");
        assertThat(as(repE, proxy(assembly, e, d)).getContentAsString())
                .contains("This member gave its own proxy away, so it cannot hold others.");
        assertThat(as(repC, proxy(assembly, c, b)).getContentAsString())
                .contains("This member holds proxies of others, so it cannot give its own away.");
        assertThat(as(repE, proxy(assembly, d, b)).getContentAsString()).contains("aria-invalid=\"true\"");
        assertThat(jdbc.queryForObject("select count(*) from assembly_proxy p join assembly a on a.id = p.assembly_id"
                + " where a.slug = ?", Integer.class, assembly)).isEqualTo(1);

        clock.advance(Duration.ofHours(25));
        assertThat(as(repC, post("/assemblies/" + assembly + "/resolutions").param("member", String.valueOf(c.id()))
                .param("titleEn", "Late").param("textEn", "Too late.")).getContentAsString())
                .contains("Resolutions are closed for this assembly.");
        assertThat(notice(repA, checkIn(assembly, a, true))).isEqualTo("governance.assembly.notInSession");

        assertThat(notice(officer, post("/assemblies/" + assembly + "/open")))
                .isEqualTo("governance.assembly.openedNotice");
        assertThat(notice(officer, checkIn(assembly, a, true))).isEqualTo("governance.assembly.checkedInNotice");
        String open = "/assemblies/" + assembly + "/resolutions/" + resolution + "/open";
        assertThat(notice(officer, post(open))).isEqualTo("governance.assembly.noQuorum");
        assertThat(notice(repB, checkIn(assembly, b, true))).isEqualTo("governance.assembly.checkedInNotice");
        assertThat(notice(repB, checkIn(assembly, c, true))).isEqualTo("governance.ballot.notYours");
        assertThat(notice(officer, checkIn(assembly, c, true))).isEqualTo("governance.assembly.checkedInNotice");
        assertThat(as(repA, get("/assemblies/" + assembly)).getContentAsString()).contains("Quorum present",
                "4 of the 3 members needed are represented", "3 checked in, 1 by proxy",
                "https://meet.example.org/" + mark.replace(' ', '-'));
        assertThat(notice(repD, checkIn(assembly, d, true))).isEqualTo("governance.assembly.checkedInNotice");
        assertThat(as(repA, get("/assemblies/" + assembly)).getContentAsString()).contains("4 checked in, 0 by proxy");
        assertThat(notice(repD, checkIn(assembly, d, false))).isEqualTo("governance.assembly.checkedOutNotice");

        as(officer, post("/assemblies/" + assembly + "/resolutions/" + resolution + "/amendments")
                .param("summary", "Adds tenants' unions").param("movedBy", "Baobab")
                .param("adopted", "true").param("textEn", "The network calls for housing first, with tenants' unions."));
        assertThat(notice(officer, post(open).param("threshold", "TWO_THIRDS")))
                .isEqualTo("governance.resolution.voteOpenedNotice");
        assertThat(as(officer, post("/assemblies/" + assembly + "/resolutions/" + resolution + "/amendments")
                .param("summary", "Too late").param("adopted", "false")).getContentAsString())
                .contains("The vote on this resolution has opened: it can no longer change.");

        String page = as(repC, get("/assemblies/" + assembly + "/resolutions/" + resolution)).getContentAsString();
        assertThat(page).contains("Text as amended", "with tenants' unions", "Vote of Cypress " + mark,
                "Vote of Date Palm " + mark + " (by proxy)");
        assertThat(notice(repA, vote(assembly, resolution, a, "YES"))).isEqualTo("governance.resolution.votedNotice");
        assertThat(notice(repA, vote(assembly, resolution, a, "NO"))).isEqualTo("governance.ballot.votedAlready");
        assertThat(notice(repB, vote(assembly, resolution, b, "MAYBE")))
                .isEqualTo("governance.ballot.answerNeeded");
        List<Object> attempts = Simultaneously.run(12, () -> notice(repB, vote(assembly, resolution, b, "NO")));
        assertThat(attempts).containsOnlyOnce("governance.resolution.votedNotice");
        assertThat(notice(repE, vote(assembly, resolution, e, "YES"))).isEqualTo("governance.assembly.notYourVote");
        assertThat(notice(repC, vote(assembly, resolution, c, "YES"))).isEqualTo("governance.resolution.votedNotice");
        assertThat(notice(repC, vote(assembly, resolution, d, "YES"))).isEqualTo("governance.resolution.votedNotice");
        assertThat(notice(repD, vote(assembly, resolution, d, "NO"))).isEqualTo("governance.assembly.notYourVote");

        assertThat(notice(officer, checkIn(assembly, c, false))).isEqualTo("governance.assembly.checkedOutNotice");
        assertThat(as(repA, get("/assemblies/" + assembly)).getContentAsString()).contains("2 checked in, 0 by proxy");
        assertThat(notice(officer, post("/assemblies/" + assembly + "/close")))
                .isEqualTo("governance.assembly.voteStillOpen");
        assertThat(notice(officer, post("/assemblies/" + assembly + "/resolutions/" + resolution + "/close")))
                .isEqualTo("governance.resolution.voteClosedNotice");
        assertThat(jdbc.query("select yes_votes, no_votes, abstentions, represented from resolution where id = ?",
                (row, n) -> List.of(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4)), resolution))
                .containsExactly(List.of(3, 1, 0, 4));
        assertThat(jdbc.queryForObject("select adopted from resolution where id = ?", Boolean.class, resolution))
                .isTrue();
        assertThat(notice(officer, post("/assemblies/" + assembly + "/close")))
                .isEqualTo("governance.assembly.closedNotice");

        String minutes = "/assemblies/" + assembly + "/minutes";
        assertThat(as(officer, post(minutes).param("publish", "true")).getContentAsString())
                .contains("Write the minutes before publishing them.");
        as(officer, post(minutes).param("minutesEn", "Draft of " + mark));
        assertThat(as(repB, get("/assemblies/" + assembly)).getContentAsString()).doesNotContain("Draft of " + mark)
                .contains("The minutes are not published yet.", "3 yes, 1 no, 0 abstentions; needed: two thirds");
        as(officer, post(minutes).param("minutesEn", "Minutes of " + mark).param("publish", "true"));
        assertThat(as(repB, get("/assemblies/" + assembly)).getContentAsString()).contains("Minutes of " + mark);
        assertThat(as(officer, post(minutes).param("minutesEn", "Rewritten")).getContentAsString())
                .contains("The minutes are published and can no longer change.");
        assertThat(as(officer, get("/assemblies/" + assembly + "/attendance")).getContentAsString())
                .contains("Date Palm " + mark + " gave its proxy to Cypress " + mark);
    }

    @Test
    void noRowSaysHowAMemberVoted() {
        List<String> register = jdbc.queryForList("select lower(column_name) from information_schema.columns"
                + " where lower(table_name) = 'assembly_vote_register' order by 1", String.class);
        assertThat(register).containsExactly("member_id", "resolution_id");
        List<String> resolution = jdbc.queryForList("select lower(column_name) from information_schema.columns"
                + " where lower(table_name) = 'resolution'", String.class);
        assertThat(resolution).contains("yes_votes", "no_votes", "abstentions").noneMatch(column -> column
                .contains("voter") || column.equals("member_ids"));
    }
}
