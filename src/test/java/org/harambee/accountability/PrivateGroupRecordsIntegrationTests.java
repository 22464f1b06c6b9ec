package org.harambee.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.harambee.TestSmtp;
import org.harambee.identity.AuditLog;
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
import org.harambee.workinggroups.statements.StatementDraft;
import org.harambee.workinggroups.statements.StatementVisibility;
import org.harambee.workinggroups.statements.Statements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A private group is unknown to everyone outside it, staff and administrators included (decision 30), in the outbox
 * and the audit log too: its name, posts, invitations, statements and adoptions show there only as "a private
 * group", while staff who take part in it read them. (Here, beside the tracker's test files, because a group's
 * adoption needs a recommendation to the country.)
 */
@IntegrationTest
class PrivateGroupRecordsIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    WorkingGroups groups;
    @Autowired
    Statements statements;
    @Autowired
    FollowUp followUp;
    @Autowired
    UprImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog auditLog;

    @Test
    void staffOutsideAPrivateGroupSeeOnlyThatSomethingHappenedWhileStaffTakingPartReadIt() throws Exception {
        importer.importFile("recommendations.csv", UprFiles.unitedStates());
        Long recommendation = jdbc.queryForObject("select min(id) from recommendation where state_under_review = "
                + "'United States'", Long.class);
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        HarambeeUser insider = fixtures.account(Role.STAFF);
        String mark = MembershipFixtures.unique("Hush");
        GroupSummary group = groups.create(new GroupDraft("Caucus " + mark, "Purpose " + mark, GroupKind.CAUCUS,
                GroupVisibility.PRIVATE, JoiningRule.OPEN, Set.of(), Set.of()), convener);
        String home = "/groups/" + group.slug();
        send(post(home + "/invite").param("whom", insider.email()), convener);
        send(post(home + "/join"), insider);
        Organization invited = fixtures.organization(MembershipFixtures.unique("Invited " + mark),
                MembershipStatus.ACTIVE, true);
        send(post(home + "/invite").param("whom", invited.name()), convener);
        send(post(home + "/discussions").param("title", "Thread " + mark).param("body", "Post body " + mark), convener);
        statements.draft(group.id(), new StatementDraft("Statement " + mark, "The governor", "Text " + mark,
                StatementVisibility.PUBLIC, false), convener);
        followUp.adopt(recommendation, "group-" + group.id(), convener);
        String onlyThere = "groups.test-" + mark.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        auditLog.recordAboutGroup(group.id(), onlyThere, "Caucus " + mark, null);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where group_id = ? and recipient = ?",
                Integer.class, group.id(), insider.email())).isEqualTo(1);

        for (HarambeeUser outsider : List.of(fixtures.account(Role.STAFF), fixtures.account(Role.ADMIN))) {
            String outbox = page("/staff/outbox", outsider);
            assertThat(outbox).doesNotContain(mark).contains("A message of a private group");
            assertThat(outbox.split(Pattern.quote(insider.email()), -1)).as("only their own invitation")
                    .hasSize(1 + jdbc.queryForObject("select count(*) from outbox_message where recipient = ? and "
                            + "group_id is null", Integer.class, insider.email()));
            String audit = page("/staff/audit", outsider);
            assertThat(audit).doesNotContain(mark).doesNotContain(invited.name()).doesNotContain(group.slug())
                    .doesNotContain(onlyThere).as("an action done only in the group is not offered as a filter")
                    .contains("An action on a private group");
            for (String filtered : List.of("/staff/audit?actor=" + convener.email(),
                    "/staff/audit?action=groups.invited", "/staff/audit?action=accountability.adopted",
                    "/staff/audit?action=statements.drafted")) {
                assertThat(page(filtered, outsider)).as(filtered).doesNotContain(mark)
                        .doesNotContain("An action on a private group").doesNotContain("group " + group.id() + "<");
            }
        }

        String outbox = page("/staff/outbox", insider);
        assertThat(outbox).contains("Caucus " + mark).contains("Post body " + mark)
                .contains("[single-use link withheld]").doesNotContain("/unsubscribe/");
        String audit = page("/staff/audit", insider);
        assertThat(audit).contains("Caucus " + mark, invited.name(), "Statement " + mark, "group " + group.id() + "<",
                "value=\"" + onlyThere + "\"");
    }

    @Test
    void ofAGroupStaffMayKnowTheParticipantsOnlyDiscussionsTasksAndDraftsStayWithThoseTakingPart() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        HarambeeUser participant = fixtures.account(Role.MEMBER);
        String mark = MembershipFixtures.unique("Inner");
        GroupSummary group = groups.create(new GroupDraft("Open caucus " + mark, "Purpose", GroupKind.CAUCUS,
                GroupVisibility.PUBLIC, JoiningRule.OPEN, Set.of(), Set.of()), convener);
        String home = "/groups/" + group.slug();
        send(post(home + "/join"), participant);
        send(post(home + "/discussions").param("title", "Closed thread " + mark).param("body", "Inner words " + mark),
                convener);
        send(post(home + "/discussions").param("title", "Open thread " + mark).param("body", "Outer words " + mark)
                .param("readableOutside", "true"), convener);
        send(post(home + "/tasks").param("title", "Secret task " + mark), convener);
        statements.draft(group.id(), new StatementDraft("Draft statement " + mark, "The mayor", "Text",
                StatementVisibility.PUBLIC, false), convener);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where group_id = ? and recipient = ?",
                Integer.class, group.id(), participant.email())).isEqualTo(2);

        HarambeeUser staff = fixtures.account(Role.STAFF);
        assertThat(page("/staff/outbox", staff)).doesNotContain("Closed thread " + mark, "Inner words " + mark)
                .contains("Open thread " + mark, "Outer words " + mark,
                        "A message to the participants of a group, about their own discussions");
        assertThat(page("/staff/audit", staff)).doesNotContain("Secret task " + mark, "Draft statement " + mark)
                .contains("Open caucus " + mark);
        assertThat(page(home, staff)).doesNotContain("Closed thread " + mark, "Secret task " + mark)
                .contains("Open thread " + mark);
    }

    private String page(String address, HarambeeUser who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(address).with(user(who)).header("Accept-Language", "en"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(address).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private void send(MockHttpServletRequestBuilder request, HarambeeUser who) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isBetween(300, 399);
    }
}
