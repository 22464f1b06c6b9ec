package org.harambee.workinggroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.harambee.IntegrationTest;
import org.harambee.Simultaneously;
import org.harambee.TestSmtp;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.Organization;
import org.harambee.membership.OrganizationProfile;
import org.harambee.membership.OrganizationRegistration;
import org.harambee.membership.PersonDetails;
import org.harambee.membership.Standing;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Working groups through their services and pages: who knows of a group and what of it, joining and convening,
 * discussions with their e-mails (as each person chose), in-app notifications, and meetings as calendar files.
 * The database and the mail server are shared, so every group, person and text is unique to its test, and e-mails
 * are counted per recipient.
 */
@IntegrationTest
class WorkingGroupsIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    private static final Pattern UNSUBSCRIBE = Pattern.compile("/unsubscribe/[0-9]+\\.[0-9a-f-]{36}\\.[A-Za-z0-9_-]{43}");
    private static final String SPANISH_PART = "—— Español ——";

    @Autowired
    MockMvc mvc;
    @Autowired
    MembershipFixtures fixtures;
    @Autowired
    WorkingGroups workingGroups;
    @Autowired
    GroupDiscussions discussions;
    @Autowired
    GroupWork work;
    @Autowired
    GroupNotifications notifications;
    @Autowired
    Taxonomy taxonomy;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aConvenerOpensTheFormToDescribeTheGroupWithItsIssueAreasChosen() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        String mark = mark();
        GroupSummary group = workingGroups.create(new GroupDraft(MembershipFixtures.unique("Described caucus"),
                "Housing work " + mark, GroupKind.CAUCUS, GroupVisibility.PUBLIC, JoiningRule.OPEN,
                Set.of(fixtures.issueArea()), Set.of(25)), convener);
        assertThat(page("/groups/" + group.slug() + "/edit", convener)).contains("Housing work " + mark)
                .containsPattern("value=\"" + fixtures.issueArea() + "\"[^>]*checked");
    }

    @Test
    void aPrivateGroupIsNotFoundByAnyoneOutsideIt() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        String mark = mark();
        GroupSummary group = create("Private caucus", "Quiet work on " + mark, GroupVisibility.PRIVATE,
                JoiningRule.OPEN, convener);
        ThreadListing thread = discussions.start(group.slug(), "Strategy " + mark, "Our plan " + mark, true, convener);
        assertThat(thread.readableOutside()).isFalse();
        Meeting meeting = work.schedule(group.slug(), plan("Planning " + mark), convener);
        String home = "/groups/" + group.slug();
        String threadPage = home + "/discussions/" + thread.id();
        String calendar = home + "/meetings/" + meeting.id() + ".ics";

        HarambeeUser member = fixtures.account(Role.MEMBER);
        HarambeeUser staff = fixtures.account(Role.STAFF);
        for (HarambeeUser outsider : List.of(member, staff)) {
            for (String address : List.of(home, threadPage, calendar)) {
                assertThat(status(address, outsider)).as(address).isEqualTo(404);
            }
        }
        assertThat(status(home, null)).isEqualTo(404);
        assertThat(status(threadPage, null)).isEqualTo(404);
        assertHiddenFromVisitor(calendar);

        for (HarambeeUser outsider : Arrays.asList(null, member, staff)) {
            assertThat(page("/groups?q=" + mark, outsider)).doesNotContain(group.name(), home);
        }
        assertThat(page("/groups?q=" + mark, convener)).contains(group.name());

        discussions.reply(group.slug(), thread.id(), "More of our plan " + mark, convener);
        assertThat(notifications.unread(signedIn(member))).isZero();
        assertThat(page("/notifications", member)).doesNotContain(mark);
        assertThat(page(threadPage, convener)).contains("Our plan " + mark, "More of our plan " + mark);
        assertThat(status(calendar, convener)).isEqualTo(200);
    }

    @Test
    void idsOfAnotherGroupAreNotFoundUnderThisGroupsAddress() throws Exception {
        HarambeeUser inBoth = fixtures.account(Role.MEMBER);
        HarambeeUser convenerOfB = fixtures.account(Role.MEMBER);
        GroupSummary groupA = create("Caucus A", "Its own work", GroupVisibility.PRIVATE, JoiningRule.OPEN, inBoth);
        GroupSummary groupB = create("Caucus B", "Other work", GroupVisibility.PUBLIC, JoiningRule.OPEN, convenerOfB);
        workingGroups.join(groupB.slug(), null, inBoth);
        ThreadListing threadOfA = discussions.start(groupA.slug(), "Only for A", "Words of A", false, inBoth);
        Meeting meetingOfA = work.schedule(groupA.slug(), plan("Meeting of A"), inBoth);
        PostView postOfA = firstPost(groupA, threadOfA, inBoth);
        String underB = "/groups/" + groupB.slug();

        for (HarambeeUser who : List.of(inBoth, convenerOfB)) {
            assertThat(status(underB + "/discussions/" + threadOfA.id(), who)).isEqualTo(404);
            assertThat(status(underB + "/meetings/" + meetingOfA.id() + ".ics", who)).isEqualTo(404);
        }
        assertThat(send(post(underB + "/discussions/" + threadOfA.id() + "/posts").param("body", "Sneaked in"), inBoth)
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(send(post(underB + "/posts/" + postOfA.id() + "/hide").param("reason", "Not ours"), convenerOfB)
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(status(underB + "/discussions/" + (threadOfA.id() + 1_000_000), convenerOfB)).isEqualTo(404);
        assertThat(status("/groups/no-such-group-" + mark(), convenerOfB)).isEqualTo(404);

        GroupDiscussions.Reading reading = discussions.read(groupA.slug(), threadOfA.id(), inBoth);
        assertThat(reading.posts()).singleElement().satisfies(only -> assertThat(only.hidden()).isFalse());
        assertThat(status("/groups/" + groupA.slug() + "/discussions/" + threadOfA.id(), inBoth)).isEqualTo(200);
    }

    @Test
    void aPublicGroupShowsVisitorsOnlyWhatIsOpenedToThem() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        String mark = mark();
        GroupSummary group = create("Public campaign", "Fair rents for all " + mark, GroupVisibility.PUBLIC,
                JoiningRule.OPEN, convener);
        ThreadListing open = discussions.start(group.slug(), "Open letter " + mark, "Everyone may read this " + mark,
                true, convener);
        ThreadListing inner = discussions.start(group.slug(), "Internal matters " + mark, "Only for us " + mark, false,
                convener);
        work.schedule(group.slug(), plan("Retreat " + mark), convener);
        work.addTask(group.slug(), "Draft the report " + mark, null, LocalDate.now().plusDays(7), convener);
        String home = "/groups/" + group.slug();

        assertThat(page(home, null)).contains(group.name(), "Fair rents for all " + mark, open.title())
                .doesNotContain(inner.title(), "Retreat " + mark, "Draft the report " + mark);
        assertThat(page(home + "/discussions/" + open.id(), null)).contains(open.title(),
                "Everyone may read this " + mark);
        assertThat(status(home + "/discussions/" + inner.id(), null)).isEqualTo(404);
        assertThat(status(home + "/discussions/" + inner.id(), fixtures.account(Role.MEMBER))).isEqualTo(404);

        assertThat(page(home, convener)).contains(open.title(), inner.title(), "Retreat " + mark,
                "Draft the report " + mark);
        assertThat(page(home + "/discussions/" + inner.id(), convener)).contains("Only for us " + mark);
    }

    @Test
    void aRequestToJoinLetsTheMemberTakePartOnceAConvenerApprovesIt() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        HarambeeUser member = fixtures.account(Role.MEMBER);
        GroupSummary group = create("Committee by request", "Careful work", GroupVisibility.MEMBERS,
                JoiningRule.BY_REQUEST, convener);
        String home = "/groups/" + group.slug();

        MvcResult asked = send(post(home + "/join"), member);
        assertRedirected(asked);
        assertThat(asked.getFlashMap().get("notice")).isEqualTo("groups.requested");
        assertThat(workingGroups.takesPart(group.id(), member)).isFalse();
        GroupParticipant request = entryOf(group, convener, member.accountId());
        assertThat(request.status()).isEqualTo(ParticipantStatus.REQUESTED);

        assertThat(send(post(home + "/participants/" + request.id() + "/approve"), member).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(workingGroups.takesPart(group.id(), member)).isFalse();

        assertRedirected(send(post(home + "/participants/" + request.id() + "/approve"), convener));
        assertThat(workingGroups.takesPart(group.id(), member)).isTrue();
        assertThat(entryOf(group, convener, member.accountId()).status()).isEqualTo(ParticipantStatus.ACTIVE);
    }

    @Test
    void aRepresentativeJoinsForTheirOrganizationAndThenAllItsRepresentativesTakePart() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        GroupSummary group = create("Coalition", "Organizations together", GroupVisibility.PUBLIC, JoiningRule.OPEN,
                convener);
        Represented tenants = organizationWithTwoRepresentatives();
        HarambeeUser outsider = fixtures.account(Role.MEMBER);
        String home = "/groups/" + group.slug();
        String organization = tenants.organization().id().toString();

        assertThat(send(post(home + "/join").param("organization", organization), outsider).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(workingGroups.takesPart(group.id(), tenants.first())).isFalse();

        MvcResult joined = send(post(home + "/join").param("organization", organization), tenants.first());
        assertRedirected(joined);
        assertThat(joined.getFlashMap().get("notice")).isEqualTo("groups.joined");
        assertThat(workingGroups.takesPart(group.id(), tenants.first())).isTrue();
        assertThat(workingGroups.takesPart(group.id(), tenants.second())).isTrue();
        assertThat(workingGroups.takesPart(group.id(), outsider)).isFalse();
        assertThat(page(home, convener)).contains(tenants.organization().name());
    }

    @Test
    void aPrivateGroupIsJoinedOnlyOnAConvenersInvitation() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        HarambeeUser member = fixtures.account(Role.MEMBER);
        GroupSummary group = create("Invitation circle", "By invitation", GroupVisibility.PRIVATE, JoiningRule.OPEN,
                convener);
        String home = "/groups/" + group.slug();

        assertThat(send(post(home + "/join"), member).getResponse().getStatus()).isEqualTo(404);
        MvcResult invited = send(post(home + "/invite").param("whom", member.email()), convener);
        assertRedirected(invited);
        assertThat(invited.getFlashMap().get("notice")).isEqualTo("groups.invited");
        assertThat(page(home, member)).contains(group.name());
        assertThat(workingGroups.takesPart(group.id(), member)).isFalse();
        assertRedirected(send(post(home + "/join"), member));
        assertThat(workingGroups.takesPart(group.id(), member)).isTrue();

        Organization organization = fixtures.organization(MembershipFixtures.unique("Invited Org"),
                MembershipStatus.ACTIVE, true);
        HarambeeUser representative = fixtures.representativeOf(organization);
        assertThat(status(home, representative)).isEqualTo(404);
        assertRedirected(send(post(home + "/invite").param("whom", organization.name().toUpperCase(Locale.ROOT)),
                convener));
        assertThat(status(home, representative)).isEqualTo(200);
        assertRedirected(send(post(home + "/join").param("organization", organization.id().toString()),
                representative));
        assertThat(workingGroups.takesPart(group.id(), representative)).isTrue();

        MvcResult unknown = send(post(home + "/invite").param("whom", MembershipFixtures.unique("No such org")),
                convener);
        assertThat(unknown.getFlashMap().get("notice")).isEqualTo("groups.invite.unknown");
    }

    @Test
    void invitingAnAddressAnswersAlikeWhetherOrNotAnyoneSignsInWithItAndNamesNoOneUntilTheyAccept() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        GroupSummary group = create("Address circle", "By invitation", GroupVisibility.PRIVATE, JoiningRule.OPEN,
                convener);
        String home = "/groups/" + group.slug();
        HarambeeUser person = fixtures.representativeOf(fixtures.organization(MembershipFixtures.unique("Named Org"),
                MembershipStatus.ACTIVE, true));
        String nobody = MembershipFixtures.uniqueEmail("nobody");

        for (int time = 1; time <= 2; time++) {
            Object toPerson = send(post(home + "/invite").param("whom", person.email()), convener).getFlashMap()
                    .get("notice");
            Object toNobody = send(post(home + "/invite").param("whom", nobody), convener).getFlashMap().get("notice");
            assertThat(toPerson).isEqualTo(toNobody).isEqualTo(time == 1 ? "groups.invited" : "groups.invite.already");
        }
        assertThat(page(home, convener)).contains(person.email(), nobody).doesNotContain(person.displayName());

        assertThat(page(home, person)).contains(group.name());
        assertRedirected(send(post(home + "/join"), person));
        assertThat(workingGroups.takesPart(group.id(), person)).isTrue();
        assertThat(page(home, convener)).contains(person.displayName(), nobody).doesNotContain(person.email());
    }

    @Test
    void twentySimultaneousCreationsOfOneNameMakeOneGroupAndShowEveryOtherCreatorTheNameTaken() throws Exception {
        HarambeeUser creator = fixtures.account(Role.MEMBER);
        String name = MembershipFixtures.unique("Race caucus");
        List<MvcResult> results = Simultaneously.run(20, () -> send(post("/groups").param("name", name)
                .param("purpose", "Who wins").param("kind", "CAUCUS").param("visibility", "PUBLIC")
                .param("joining", "OPEN"), creator));

        assertThat(results).filteredOn(result -> result.getResponse().getStatus() == 302).hasSize(1);
        assertThat(results).filteredOn(result -> result.getResponse().getStatus() != 302).hasSize(19)
                .allSatisfy(refused -> {
                    assertThat(refused.getResponse().getStatus()).isEqualTo(200);
                    assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                            .contains("Another group already has this name.");
                });
        assertThat(workingGroups.search(name, null, null, workingGroups.viewerOf(creator))).hasSize(1);
    }

    @Test
    void aPrivateGroupsNameIsFreeForEveryoneWhoMayNotKnowOfIt() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        GroupSummary hidden = create("Hidden caucus", "Quiet", GroupVisibility.PRIVATE, JoiningRule.OPEN, convener);
        assertThat(hidden.slug()).matches(".*-[0-9a-z]{6}");
        HarambeeUser outsider = fixtures.account(Role.STAFF);

        MvcResult created = send(post("/groups").param("name", hidden.name().toUpperCase(Locale.ROOT))
                .param("purpose", "Open to all").param("kind", "CAUCUS").param("visibility", "PUBLIC")
                .param("joining", "OPEN"), outsider);
        assertRedirected(created);
        assertThat(created.getResponse().getRedirectedUrl()).doesNotEndWith("-2")
                .isNotEqualTo("/groups/" + hidden.slug());
        MvcResult again = send(post("/groups").param("name", hidden.name()).param("purpose", "Again")
                .param("kind", "CAUCUS").param("visibility", "PRIVATE").param("joining", "OPEN"), convener);
        assertThat(again.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Another group already has this name.");
    }

    @Test
    void onlyConvenersRemoveParticipantsOrHidePosts() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        HarambeeUser member = fixtures.account(Role.MEMBER);
        String mark = mark();
        GroupSummary group = create("Steering committee", "Steering", GroupVisibility.PUBLIC, JoiningRule.OPEN,
                convener);
        workingGroups.join(group.slug(), null, member);
        ThreadListing thread = discussions.start(group.slug(), "Agenda " + mark, "Words of the convener " + mark, false,
                convener);
        Long convenerEntry = entryOf(group, convener, convener.accountId()).id();
        Long memberEntry = entryOf(group, convener, member.accountId()).id();
        PostView words = firstPost(group, thread, convener);
        String home = "/groups/" + group.slug();

        for (MockHttpServletRequestBuilder change : List.of(post(home + "/participants/" + convenerEntry + "/remove"),
                post(home + "/participants/" + memberEntry + "/convener"),
                post(home + "/participants/" + convenerEntry + "/stand-down"),
                post(home + "/posts/" + words.id() + "/hide").param("reason", "I disagree"))) {
            assertThat(send(change, member).getResponse().getStatus()).isEqualTo(404);
        }
        assertThat(workingGroups.convenes(group.id(), convener)).isTrue();
        assertThat(workingGroups.takesPart(group.id(), convener)).isTrue();
        assertThat(workingGroups.convenes(group.id(), member)).isFalse();
        assertThat(firstPost(group, thread, convener).hidden()).isFalse();
        assertThat(page(home + "/discussions/" + thread.id(), member)).contains("Words of the convener " + mark);

        assertRedirected(send(post(home + "/participants/" + memberEntry + "/remove"), convener));
        assertThat(workingGroups.takesPart(group.id(), member)).isFalse();
    }

    @Test
    void theLastConvenerCannotLeaveOrStandDown() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        HarambeeUser member = fixtures.account(Role.MEMBER);
        GroupSummary group = create("Lasting caucus", "Keeps a convener", GroupVisibility.MEMBERS, JoiningRule.OPEN,
                convener);
        workingGroups.join(group.slug(), null, member);
        Long own = entryOf(group, convener, convener.accountId()).id();
        String home = "/groups/" + group.slug();

        for (String action : List.of("leave", "stand-down")) {
            MvcResult refused = send(post(home + "/participants/" + own + "/" + action), convener);
            assertRedirected(refused);
            assertThat(refused.getFlashMap().get("notice")).isEqualTo("groups.convener.last");
            String shown = mvc.perform(get(refused.getResponse().getRedirectedUrl()).flashAttrs(refused.getFlashMap())
                    .with(user(convener)).header("Accept-Language", "en")).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(shown).contains("A group needs a convener");
        }
        assertThat(workingGroups.convenes(group.id(), convener)).isTrue();
        assertThat(workingGroups.takesPart(group.id(), convener)).isTrue();
        assertRefused(() -> workingGroups.leave(group.slug(), own, convener), "groups.convener.last");
        assertRefused(() -> workingGroups.standDown(group.slug(), own, convener), "groups.convener.last");

        Long memberEntry = entryOf(group, convener, member.accountId()).id();
        assertRedirected(send(post(home + "/participants/" + memberEntry + "/convener"), convener));
        assertThat(workingGroups.convenes(group.id(), member)).isTrue();
        MvcResult left = send(post(home + "/participants/" + own + "/leave"), convener);
        assertRedirected(left);
        assertThat(left.getFlashMap().get("notice")).isEqualTo("groups.participant.leave");
        assertThat(workingGroups.takesPart(group.id(), convener)).isFalse();
        assertThat(workingGroups.convenes(group.id(), member)).isTrue();
    }

    @Test
    void eachParticipantIsEMailedAsTheyChoseAndNeverOfTheirOwnPosts() throws Exception {
        HarambeeUser everyPost = fixtures.account(Role.MEMBER);
        HarambeeUser digest = fixtures.account(Role.MEMBER);
        HarambeeUser none = fixtures.account(Role.MEMBER);
        HarambeeUser author = fixtures.account(Role.MEMBER);
        String mark = mark();
        GroupSummary group = create("Mailing caucus", "Talks by e-mail", GroupVisibility.MEMBERS, JoiningRule.OPEN,
                everyPost);
        for (HarambeeUser participant : List.of(digest, none, author)) {
            workingGroups.join(group.slug(), null, participant);
        }
        choose(group, everyPost, NotificationChoice.EVERY_POST);
        choose(group, digest, NotificationChoice.DAILY_DIGEST);
        choose(group, none, NotificationChoice.NONE);
        assertThat(notifications.choiceOf(group.id(), digest.accountId())).isEqualTo(NotificationChoice.DAILY_DIGEST);
        assertThat(notifications.choiceOf(group.id(), none.accountId())).isEqualTo(NotificationChoice.NONE);

        String first = "First thought " + mark;
        String second = "Second thought " + mark;
        MvcResult started = send(post("/groups/" + group.slug() + "/discussions").param("title", "Plans " + mark)
                .param("body", first).param("readableOutside", "false"), author);
        assertRedirected(started);
        String threadPage = started.getResponse().getRedirectedUrl();
        assertRedirected(send(post(threadPage + "/posts").param("body", second), author));

        List<String> mails = awaitGroupMail(everyPost, 2);
        assertThat(mails).hasSize(2)
                .anySatisfy(body -> assertThat(body).contains(first))
                .anySatisfy(body -> assertThat(body).contains(second))
                .allSatisfy(body -> assertThat(body).containsPattern(UNSUBSCRIBE));
        assertThat(groupMailTo(none)).isEmpty();
        assertThat(groupMailTo(digest)).isEmpty();
        assertThat(groupMailTo(author)).isEmpty();

        notifications.sendDigests();
        assertThat(awaitGroupMail(digest, 1)).singleElement().satisfies(body -> {
            String english = english(body);
            assertThat(occurrences(english, first)).isEqualTo(1);
            assertThat(occurrences(english, second)).isEqualTo(1);
            assertThat(english.indexOf(first)).isLessThan(english.indexOf(second));
            assertThat(body).containsPattern(UNSUBSCRIBE);
        });

        notifications.sendDigests();
        Thread.sleep(300);
        assertThat(groupMailTo(digest)).hasSize(1);
        assertThat(groupMailTo(everyPost)).hasSize(2);
        assertThat(groupMailTo(none)).isEmpty();
        assertThat(groupMailTo(author)).isEmpty();
    }

    @Test
    void aHiddenPostIsLeftOutOfTheDigestAndShownToNoOne() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        HarambeeUser reader = fixtures.account(Role.MEMBER);
        HarambeeUser author = fixtures.account(Role.MEMBER);
        String mark = mark();
        GroupSummary group = create("Digest caucus", "Reads once a day", GroupVisibility.MEMBERS, JoiningRule.OPEN,
                convener);
        workingGroups.join(group.slug(), null, reader);
        workingGroups.join(group.slug(), null, author);
        notifications.choose(group.slug(), NotificationChoice.DAILY_DIGEST, reader);

        ThreadListing thread = discussions.start(group.slug(), "Budget " + mark, "Kept first " + mark, false, author);
        Post rude = discussions.reply(group.slug(), thread.id(), "Rude words " + mark, author);
        discussions.reply(group.slug(), thread.id(), "Kept second " + mark, author);
        assertRedirected(send(post("/groups/" + group.slug() + "/posts/" + rude.id() + "/hide")
                .param("reason", "Off topic"), convener));

        notifications.sendDigests();
        assertThat(awaitGroupMail(reader, 1)).singleElement().satisfies(body -> assertThat(body)
                .contains("Kept first " + mark, "Kept second " + mark).doesNotContain("Rude words"));
        assertThat(page("/groups/" + group.slug() + "/discussions/" + thread.id(), reader))
                .contains("Kept first " + mark, "A convener hid this post", "Off topic")
                .doesNotContain("Rude words");
    }

    @Test
    void theUnsubscribeLinkStopsEMailsFromThatGroup() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        HarambeeUser reader = fixtures.account(Role.MEMBER);
        HarambeeUser other = fixtures.account(Role.MEMBER);
        String mark = mark();
        GroupSummary group = create("Newsletter caucus", "News", GroupVisibility.MEMBERS, JoiningRule.OPEN, convener);
        workingGroups.join(group.slug(), null, reader);
        workingGroups.join(group.slug(), null, other);
        ThreadListing thread = discussions.start(group.slug(), "News " + mark, "Hello " + mark, false, convener);

        List<String> received = awaitGroupMail(reader, 1);
        assertThat(received).hasSize(1);
        Matcher link = UNSUBSCRIBE.matcher(received.get(0));
        assertThat(link.find()).isTrue();
        String unsubscribe = link.group();
        MimeMessage mail = java.util.Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> addressedToQuietly(message, reader.email()) && bodyOf(message).contains(unsubscribe))
                .findFirst().orElseThrow();
        assertThat(mail.getHeader("List-Unsubscribe", null)).startsWith("<http").endsWith(unsubscribe + ">");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");

        assertThat(page(unsubscribe, null)).contains(group.name());
        assertThat(notifications.choiceOf(group.id(), reader.accountId())).isEqualTo(NotificationChoice.EVERY_POST);
        MockHttpServletResponse done = mvc.perform(post(unsubscribe).header("Accept-Language", "en")).andReturn()
                .getResponse();
        assertThat(done.getStatus()).isLessThan(400);
        assertThat(notifications.choiceOf(group.id(), reader.accountId())).isEqualTo(NotificationChoice.NONE);

        discussions.reply(group.slug(), thread.id(), "Again " + mark, convener);
        assertThat(awaitGroupMail(other, 2)).hasSize(2);
        assertThat(groupMailTo(reader)).hasSize(1);
        assertThat(groupMailTo(convener)).isEmpty();
        assertThat(status("/unsubscribe/" + "0".repeat(48), null)).isEqualTo(404);
        String forged = unsubscribe.replace(reader.accountId().toString(), other.accountId().toString());
        assertThat(status(forged, null)).as("the signature covers whom the link unsubscribes").isEqualTo(404);
        assertThat(mvc.perform(post(forged)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(notifications.choiceOf(group.id(), other.accountId())).isEqualTo(NotificationChoice.EVERY_POST);
    }

    @Test
    void theUnreadCountRisesWithEachPostAndFallsWhenTheThreadIsRead() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        HarambeeUser reader = fixtures.account(Role.MEMBER);
        String mark = mark();
        GroupSummary group = create("Unread caucus", "Keeps up", GroupVisibility.PUBLIC, JoiningRule.OPEN, convener);
        workingGroups.join(group.slug(), null, reader);
        assertThat(notifications.unread(signedIn(reader))).isZero();

        ThreadListing thread = discussions.start(group.slug(), "Weekly update " + mark, "Update one " + mark, false,
                convener);
        assertThat(notifications.unread(signedIn(reader))).isEqualTo(1);
        discussions.reply(group.slug(), thread.id(), "Update two " + mark, convener);
        assertThat(notifications.unread(signedIn(reader))).isEqualTo(2);
        assertThat(notifications.unread(signedIn(convener))).isZero();
        assertThat(page("/notifications", reader)).contains("Weekly update " + mark, group.name(), "2 unread");

        page("/groups/" + group.slug() + "/discussions/" + thread.id(), reader);
        assertThat(notifications.unread(signedIn(reader))).isZero();
        assertThat(page("/notifications", reader)).contains("Weekly update " + mark, "Nothing unread");
    }

    @Test
    void notificationsOfAGroupOneLeftAreNoLongerListed() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        HarambeeUser reader = fixtures.account(Role.MEMBER);
        String mark = mark();
        GroupSummary group = create("Passing caucus", "Short stay", GroupVisibility.MEMBERS, JoiningRule.OPEN,
                convener);
        workingGroups.join(group.slug(), null, reader);
        discussions.start(group.slug(), "Farewell topic " + mark, "Before you go " + mark, false, convener);
        assertThat(page("/notifications", reader)).contains("Farewell topic " + mark);

        Long entry = entryOf(group, reader, reader.accountId()).id();
        assertRedirected(send(post("/groups/" + group.slug() + "/participants/" + entry + "/leave"), reader));
        assertThat(workingGroups.takesPart(group.id(), reader)).isFalse();
        assertThat(page("/notifications", reader)).doesNotContain("Farewell topic " + mark);
    }

    @Test
    void aMeetingIsACalendarFileInUtcWithEscapedTextAndFoldedLines() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        String mark = mark();
        GroupSummary group = create("Calendar caucus", "Meets often", GroupVisibility.PUBLIC, JoiningRule.OPEN,
                convener);
        String agenda = "1. Welcome, introductions; ground rules\n2. Reunión sobre la acción por la vivienda, "
                + "el café y el corazón del barrio; ñandú\n3. " + "A long item to discuss ".repeat(8);
        Meeting meeting = work.schedule(group.slug(), new MeetingPlan("Budget, votes; next steps " + mark,
                ZonedDateTime.of(2027, 1, 15, 18, 0, 0, 0, ZoneId.of("America/Chicago")), 90,
                "Union hall, room 2; west door", null, agenda), convener);

        MockHttpServletResponse response = response("/groups/" + group.slug() + "/meetings/" + meeting.id() + ".ics",
                convener);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        String ics = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        String[] lines = ics.split("\r\n");
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line)
                .isLessThanOrEqualTo(75));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(" "));
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT",
                "DTSTART:20270116T000000Z", "DTEND:20270116T013000Z", "SUMMARY:Budget\\, votes\\; next steps " + mark,
                "LOCATION:Union hall\\, room 2\\; west door", "Reunión sobre la acción", "END:VCALENDAR")
                .doesNotContain("Budget, votes");
    }

    @Test
    void anEditedPostKeepsItsEarlierTextAndOnlyItsAuthorEditsIt() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        HarambeeUser member = fixtures.account(Role.MEMBER);
        String mark = mark();
        GroupSummary group = create("Editing caucus", "Rewrites", GroupVisibility.PUBLIC, JoiningRule.OPEN, convener);
        workingGroups.join(group.slug(), null, member);
        ThreadListing thread = discussions.start(group.slug(), "Meeting day " + mark, "Meet on Monday " + mark, false,
                convener);
        Long postId = firstPost(group, thread, convener).id();
        String edit = "/groups/" + group.slug() + "/posts/" + postId + "/edit";

        assertRedirected(send(post(edit).param("body", "Meet on Tuesday " + mark), convener));
        PostView edited = firstPost(group, thread, convener);
        assertThat(edited.body()).isEqualTo("Meet on Tuesday " + mark);
        assertThat(edited.editedAt()).isNotNull();
        assertThat(edited.revisions()).extracting(PostView.Revision::body).containsExactly("Meet on Monday " + mark);
        assertThat(page("/groups/" + group.slug() + "/discussions/" + thread.id(), member))
                .contains("Meet on Tuesday " + mark, "1 earlier version");

        assertThat(send(post(edit).param("body", "Hijacked " + mark), member).getResponse().getStatus())
                .isEqualTo(404);
        assertThatThrownBy(() -> discussions.edit(group.slug(), postId, "Hijacked " + mark, member))
                .isInstanceOf(UnknownGroupException.class);
        assertThat(firstPost(group, thread, convener).body()).isEqualTo("Meet on Tuesday " + mark);
    }

    @Test
    void theListFindsGroupsByTextKindAndIssueArea() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        String mark = mark();
        Long issueArea = fixtures.issueArea();
        GroupSummary taskForce = workingGroups.create(new GroupDraft(MembershipFixtures.unique("Task force"),
                "Working on " + mark, GroupKind.TASK_FORCE, GroupVisibility.PUBLIC, JoiningRule.OPEN,
                Set.of(issueArea), Set.of()), convener);
        GroupSummary campaign = workingGroups.create(new GroupDraft(MembershipFixtures.unique("Campaign"),
                "Campaigning on " + mark, GroupKind.CAMPAIGN, GroupVisibility.PUBLIC, JoiningRule.OPEN, Set.of(),
                Set.of()), convener);

        assertThat(page("/groups?q=" + mark, null)).contains(taskForce.name(), campaign.name());
        assertThat(page("/groups?q=" + mark + "&kind=TASK_FORCE", null)).contains(taskForce.name())
                .doesNotContain(campaign.name());
        assertThat(page("/groups?q=" + mark + "&issue=" + issueArea, null)).contains(taskForce.name())
                .doesNotContain(campaign.name());
    }

    @Test
    void aMeetingOrTaskThatDoesNotHoldIsShownAgainWithTheErrorAtItsFieldAndNothingIsScheduled() throws Exception {
        HarambeeUser convener = fixtures.account(Role.MEMBER);
        GroupSummary group = create("Planning caucus", "Plans", GroupVisibility.MEMBERS, JoiningRule.OPEN, convener);
        String title = "Strategy call " + mark();

        MvcResult meeting = send(post("/groups/" + group.slug() + "/meetings").param("title", title)
                .param("date", "2027-03-01").param("time", "18:00").param("timeZone", "Mars/Olympus")
                .param("minutes", "60").param("callLink", "javascript:alert(1)"), convener);
        assertThat(meeting.getResponse().getStatus()).isEqualTo(200);
        String form = meeting.getResponse().getContentAsString();
        assertThat(form).contains("id=\"timeZone-error\"", "That time zone is unknown",
                "id=\"callLink-error\"", "The call link must be a web address", "value=\"" + title + "\"");

        MvcResult task = send(post("/groups/" + group.slug() + "/tasks").param("title", " ").param("date", "soon"),
                convener);
        assertThat(task.getResponse().getStatus()).isEqualTo(200);
        assertThat(task.getResponse().getContentAsString()).contains("id=\"title-error\"", "id=\"date-error\"");

        assertThat(page("/groups/" + group.slug(), convener)).doesNotContain(title).contains("No tasks yet.");
    }

    private GroupSummary create(String prefix, String purpose, GroupVisibility visibility, JoiningRule joining,
            HarambeeUser convener) {
        return workingGroups.create(new GroupDraft(MembershipFixtures.unique(prefix), purpose, GroupKind.CAUCUS,
                visibility, joining, Set.of(), Set.of()), convener);
    }

    private static MeetingPlan plan(String title) {
        return new MeetingPlan(title, ZonedDateTime.now(ZoneId.of("America/Chicago")).plusDays(10), 60,
                "Community center", null, "Updates");
    }

    private static String mark() {
        return "m" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** This person's own entry in the group (as an individual), as {@code asking} may see the group. */
    private GroupParticipant entryOf(GroupSummary group, HarambeeUser asking, UUID accountId) {
        return transaction.execute(status -> workingGroups.find(group.slug(), workingGroups.viewerOf(asking))
                .participants().stream().filter(entry -> accountId.equals(entry.accountId())).findFirst()
                .orElseThrow());
    }

    private PostView firstPost(GroupSummary group, ThreadListing thread, HarambeeUser reader) {
        return discussions.read(group.slug(), thread.id(), reader).posts().get(0);
    }

    private void choose(GroupSummary group, HarambeeUser who, NotificationChoice choice) throws Exception {
        assertRedirected(send(post("/groups/" + group.slug() + "/notifications").param("choice", choice.name()), who));
    }

    private static UsernamePasswordAuthenticationToken signedIn(HarambeeUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private record Represented(Organization organization, HarambeeUser first, HarambeeUser second) {
    }

    /** An active organization with two authorized representatives, each with their own account. */
    private Represented organizationWithTwoRepresentatives() {
        String name = MembershipFixtures.unique("Tenants United");
        PersonDetails director = new PersonDetails("Director of " + name, null, null, null,
                MembershipFixtures.uniqueEmail("director"), null, null, null, null, null, true);
        PersonDetails organizer = new PersonDetails("Organizer of " + name, null, null, null,
                MembershipFixtures.uniqueEmail("organizer"), null, null, null, null, null, false);
        Long id = fixtures.registry().registerOrganizations(List.of(new OrganizationRegistration(
                fixtures.profile(name, true), List.of(director, organizer),
                new Standing(MembershipStatus.ACTIVE, false, LocalDate.of(2010, 1, 15), LocalDate.now().plusYears(5)),
                "en"))).get(0);
        Organization organization = fixtures.loaded(id);
        HarambeeUser first = fixtures.representativeOf(organization);
        UUID account = fixtures.invitations().invite(organizer.email(), organizer.name(), Role.REPRESENTATIVE,
                Locale.ENGLISH);
        fixtures.seeding().linkRepresentative(organizer.email(), account);
        HarambeeUser second = (HarambeeUser) fixtures.accounts().loadUserByUsername(organizer.email());
        return new Represented(organization, first, second);
    }

    private MockHttpServletResponse response(String address, HarambeeUser who) throws Exception {
        MockHttpServletRequestBuilder request = get(address).header("Accept-Language", "en");
        return mvc.perform(who == null ? request : request.with(user(who))).andReturn().getResponse();
    }

    @Test
    void aRepresentativesDashboardSuggestsAGroupOnTheirIssuesThatTheyAreNotIn() throws Exception {
        IssueArea area = taxonomy.addIssueArea(MembershipFixtures.unique("Water shutoffs"),
                MembershipFixtures.unique("Cortes de agua"));
        OrganizationProfile usual = fixtures.profile(MembershipFixtures.unique("Water Org"), true);
        Organization organization = fixtures.register(new OrganizationProfile(usual.name(), usual.mission(),
                usual.type(), usual.yearFounded(), usual.budget(), usual.staffSize(), usual.city(), usual.state(),
                usual.zip(), usual.country(), usual.website(), usual.languages(), Set.of(area.id()), usual.rights(),
                usual.communitiesServed(), usual.grassroots(), usual.ledByDirectlyAffected(), true, usual.offers(),
                usual.needs(), usual.openToPartners()));
        HarambeeUser representative = fixtures.representativeOf(organization);
        String name = MembershipFixtures.unique("Water caucus");
        workingGroups.create(new GroupDraft(name, "Against water shutoffs", GroupKind.CAUCUS, GroupVisibility.PUBLIC,
                JoiningRule.OPEN, Set.of(area.id()), Set.of()), fixtures.account(Role.STAFF));

        assertThat(page("/dashboard?lang=en", representative))
                .contains("A working group on your issues you could join: " + name);
    }

    /** The page's HTML, which must answer 200. */
    private String page(String address, HarambeeUser who) throws Exception {
        MockHttpServletResponse response = response(address, who);
        assertThat(response.getStatus()).as(address).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String address, HarambeeUser who) throws Exception {
        return response(address, who).getStatus();
    }

    private MvcResult send(MockHttpServletRequestBuilder request, HarambeeUser who) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf()).header("Accept-Language", "en")).andReturn();
    }

    private static void assertRedirected(MvcResult result) {
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isBetween(300, 399);
    }

    /**
     * A visitor learns nothing of a hidden address: it is not found, or (where the address needs an account
     * anyway) they are asked to sign in, as for any address of its kind.
     */
    private void assertHiddenFromVisitor(String address) throws Exception {
        MockHttpServletResponse response = response(address, null);
        if (response.getStatus() != 404) {
            assertThat(response.getStatus()).as(address).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(address).endsWith("/login");
        }
    }

    private static void assertRefused(ThrowingCallable change, String reason) {
        assertThatThrownBy(change).isInstanceOfSatisfying(GroupTransitionException.class,
                refused -> assertThat(refused.key()).isEqualTo(reason));
    }

    /** The bodies of the group e-mails (those with an unsubscribe link) this person received. */
    private static List<String> groupMailTo(HarambeeUser person) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (addressedTo(message, person.email())) {
                String body = message.getContent().toString();
                if (UNSUBSCRIBE.matcher(body).find()) {
                    bodies.add(body);
                }
            }
        }
        return bodies;
    }

    /** This person's group e-mails once there are {@code count} of them, or after 5 s those there are. */
    private static List<String> awaitGroupMail(HarambeeUser person, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 5_000;
        List<String> bodies = groupMailTo(person);
        while (bodies.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            bodies = groupMailTo(person);
        }
        return bodies;
    }

    private static boolean addressedToQuietly(MimeMessage message, String recipient) {
        try {
            return addressedTo(message, recipient);
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String bodyOf(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static boolean addressedTo(MimeMessage message, String recipient) throws Exception {
        Address[] to = message.getAllRecipients();
        if (to == null) {
            return false;
        }
        for (Address address : to) {
            String email = address instanceof InternetAddress internet ? internet.getAddress() : address.toString();
            if (email.equalsIgnoreCase(recipient)) {
                return true;
            }
        }
        return false;
    }

    /** The English part of a bilingual e-mail. */
    private static String english(String body) {
        int spanish = body.indexOf(SPANISH_PART);
        return spanish < 0 ? body : body.substring(0, spanish);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
