package org.harambee.workinggroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The group's own rules, without a database. Participants get their ids only when stored, so the rules that name a
 * participant by id (approving, removing, leaving, the last convener) are covered by the integration tests.
 */
class WorkingGroupTests {

    private static final Instant NOW = Instant.parse("2026-02-10T15:00:00Z");
    private static final Long TENANTS_UNION = 41L;
    private static final Long FOOD_COOP = 42L;

    private final Viewer creator = aMember("Ada");
    private final Viewer member = aMember("Bea");
    private final Viewer visitor = Viewer.VISITOR;

    @Test
    void theCreatorIsTheFirstConvener() {
        WorkingGroup group = group(GroupVisibility.PUBLIC, JoiningRule.OPEN);
        assertThat(group.conveners()).singleElement().satisfies(convener -> {
            assertThat(convener.accountId()).isEqualTo(creator.accountId());
            assertThat(convener.name()).isEqualTo("Ada");
            assertThat(convener.active()).isTrue();
        });
        assertThat(group.takesPart(creator)).isTrue();
        assertThat(group.convenedBy(creator)).isTrue();
        assertThat(group.convenedBy(member)).isFalse();
        assertThat(group.name()).isEqualTo("Housing caucus");
    }

    @Test
    void aMemberJoinsAnOpenGroupAtOnceButOnlyOnce() {
        WorkingGroup group = group(GroupVisibility.MEMBERS, JoiningRule.OPEN);
        GroupParticipant entry = group.join(member, null, "Bea", NOW);
        assertThat(entry.status()).isEqualTo(ParticipantStatus.ACTIVE);
        assertThat(entry.organization()).isFalse();
        assertThat(group.takesPart(member)).isTrue();
        assertThat(group.convenedBy(member)).isFalse();
        assertRefused(() -> group.join(member, null, "Bea", NOW), "groups.join.already");
        assertThat(group.entriesOf(member)).hasSize(1);
    }

    @Test
    void theJoinButtonsAreOfferedOnlyToThoseWhoMayJoin() {
        WorkingGroup open = group(GroupVisibility.PUBLIC, JoiningRule.OPEN);
        Viewer representative = new Viewer(UUID.randomUUID(), "Cy", true, Set.of(TENANTS_UNION));
        assertThat(open.mayJoin(member, null)).isTrue();
        assertThat(open.mayJoin(visitor, null)).isFalse();
        assertThat(open.mayJoin(representative, TENANTS_UNION)).isTrue();
        assertThat(open.mayJoin(representative, FOOD_COOP)).isFalse();
        open.join(member, null, "Bea", NOW);
        open.join(representative, TENANTS_UNION, "Tenants Union", NOW);
        assertThat(open.mayJoin(member, null)).isFalse();
        assertThat(open.mayJoin(representative, TENANTS_UNION)).isFalse();
        assertThat(open.mayJoin(representative, null)).isTrue();
        WorkingGroup secret = group(GroupVisibility.PRIVATE, JoiningRule.OPEN);
        assertThat(secret.mayJoin(member, null)).isFalse();
    }

    @Test
    void joiningAGroupByRequestOnlyAsks() {
        WorkingGroup group = group(GroupVisibility.PUBLIC, JoiningRule.BY_REQUEST);
        GroupParticipant request = group.join(member, null, "Bea", NOW);
        assertThat(request.status()).isEqualTo(ParticipantStatus.REQUESTED);
        assertThat(group.takesPart(member)).isFalse();
        assertThat(group.active()).hasSize(1);
        assertThat(group.entriesOf(member)).containsExactly(request);
        assertRefused(() -> group.join(member, null, "Bea", NOW), "groups.join.already");
    }

    @Test
    void visitorsAndAccountsWithoutARoleCannotJoin() {
        WorkingGroup group = group(GroupVisibility.PUBLIC, JoiningRule.OPEN);
        Viewer noRole = new Viewer(UUID.randomUUID(), "Cy", false, Set.of());
        assertRefused(() -> group.join(visitor, null, null, NOW), "groups.join.membersOnly");
        assertRefused(() -> group.join(noRole, null, "Cy", NOW), "groups.join.membersOnly");
        assertThat(group.participants()).hasSize(1);
        assertThat(group.takesPart(visitor)).isFalse();
    }

    @Test
    void aPrivateGroupIsKnownOnlyToThoseWithAnEntryAndJoinedOnlyByInvitation() {
        WorkingGroup group = group(GroupVisibility.PRIVATE, JoiningRule.OPEN);
        assertThat(group.knownTo(creator)).isTrue();
        assertThat(group.knownTo(member)).isFalse();
        assertThat(group.knownTo(visitor)).isFalse();
        assertRefused(() -> group.join(member, null, "Bea", NOW), "groups.join.invitationOnly");

        GroupParticipant invitation = group.inviteAddress(member.address(), NOW);
        assertThat(invitation.status()).isEqualTo(ParticipantStatus.INVITED);
        assertThat(invitation.name()).isEqualTo(member.address());
        assertThat(group.knownTo(member)).isTrue();
        assertThat(group.takesPart(member)).isFalse();

        GroupParticipant accepted = group.join(member, null, "Bea", NOW.plusSeconds(60));
        assertThat(accepted).isSameAs(invitation);
        assertThat(accepted.status()).isEqualTo(ParticipantStatus.ACTIVE);
        assertThat(accepted.since()).isEqualTo(NOW.plusSeconds(60));
        assertThat(accepted.accountId()).isEqualTo(member.accountId());
        assertThat(accepted.name()).isEqualTo("Bea");
        assertThat(accepted.invitedAs()).isNull();
        assertThat(group.takesPart(member)).isTrue();
        assertThat(group.participants()).hasSize(2);
    }

    @Test
    void aPrivateGroupIsKnownToTheRepresentativesOfAnInvitedOrganization() {
        WorkingGroup group = group(GroupVisibility.PRIVATE, JoiningRule.BY_REQUEST);
        Viewer representative = representativeOf(TENANTS_UNION);
        assertThat(group.knownTo(representative)).isFalse();
        group.invite(TENANTS_UNION, "Tenants Union", NOW);
        assertThat(group.knownTo(representative)).isTrue();
        assertThat(group.takesPart(representative)).isFalse();
        group.join(representative, TENANTS_UNION, "Tenants Union", NOW);
        assertThat(group.takesPart(representative)).isTrue();
    }

    @Test
    void anOrganizationJoinsOnlyThroughOneOfItsRepresentatives() {
        WorkingGroup group = group(GroupVisibility.MEMBERS, JoiningRule.OPEN);
        Viewer representative = representativeOf(TENANTS_UNION);
        assertThatThrownBy(() -> group.join(representative, FOOD_COOP, "Food Coop", NOW))
                .isInstanceOf(UnknownGroupException.class);
        assertThatThrownBy(() -> group.join(member, TENANTS_UNION, "Tenants Union", NOW))
                .isInstanceOf(UnknownGroupException.class);
        assertThat(group.participants()).hasSize(1);

        GroupParticipant entry = group.join(representative, TENANTS_UNION, "Tenants Union", NOW);
        assertThat(entry.organization()).isTrue();
        assertThat(entry.organizationId()).isEqualTo(TENANTS_UNION);
        assertThat(entry.accountId()).isNull();
        assertThat(entry.active()).isTrue();
        assertRefused(() -> group.join(representative, TENANTS_UNION, "Tenants Union", NOW), "groups.join.already");
    }

    @Test
    void everyRepresentativeOfAParticipatingOrganizationTakesPart() {
        WorkingGroup group = group(GroupVisibility.PUBLIC, JoiningRule.OPEN);
        Viewer first = representativeOf(TENANTS_UNION);
        Viewer second = representativeOf(TENANTS_UNION);
        Viewer ofAnother = representativeOf(FOOD_COOP);
        group.join(first, TENANTS_UNION, "Tenants Union", NOW);
        assertThat(group.takesPart(first)).isTrue();
        assertThat(group.takesPart(second)).isTrue();
        assertThat(group.entriesOf(second)).singleElement()
                .satisfies(entry -> assertThat(entry.organizationId()).isEqualTo(TENANTS_UNION));
        assertThat(group.takesPart(ofAnother)).isFalse();
        assertThat(group.takesPart(member)).isFalse();
        assertThat(group.convenedBy(second)).isFalse();
    }

    @Test
    void theRepresentativeMayStillJoinAsThemselves() {
        WorkingGroup group = group(GroupVisibility.PUBLIC, JoiningRule.OPEN);
        Viewer representative = representativeOf(TENANTS_UNION);
        group.join(representative, TENANTS_UNION, "Tenants Union", NOW);
        GroupParticipant own = group.join(representative, null, "Rita", NOW);
        assertThat(own.organization()).isFalse();
        assertThat(group.entriesOf(representative)).hasSize(2);
    }

    @Test
    void aMembersOnlyGroupIsKnownToMembersButNotToVisitors() {
        WorkingGroup group = group(GroupVisibility.MEMBERS, JoiningRule.OPEN);
        assertThat(group.knownTo(member)).isTrue();
        assertThat(group.knownTo(visitor)).isFalse();
        assertThat(group.knownTo(new Viewer(UUID.randomUUID(), "Cy", false, Set.of()))).isFalse();
        assertThat(group.takesPart(member)).isFalse();
    }

    @Test
    void aPublicGroupIsKnownToEveryone() {
        WorkingGroup group = group(GroupVisibility.PUBLIC, JoiningRule.BY_REQUEST);
        assertThat(group.knownTo(visitor)).isTrue();
        assertThat(group.knownTo(member)).isTrue();
        assertThat(group.takesPart(visitor)).isFalse();
        assertThat(group.convenedBy(visitor)).isFalse();
    }

    @Test
    void anInvitationToAnOrganizationAlreadyInvitedOrTakingPartIsRefusedButOneThatAskedIsLetIn() {
        WorkingGroup group = group(GroupVisibility.MEMBERS, JoiningRule.BY_REQUEST);
        Viewer representative = representativeOf(TENANTS_UNION);
        group.join(representative, TENANTS_UNION, "Tenants Union", NOW);
        GroupParticipant approved = group.invite(TENANTS_UNION, "Tenants Union", NOW);
        assertThat(approved.active()).isTrue();
        assertRefused(() -> group.invite(TENANTS_UNION, "Tenants Union", NOW), "groups.invite.already");
    }

    @Test
    void anAddressIsInvitedOnceWhetherOrNotItsPersonTakesPartAlready() {
        WorkingGroup group = group(GroupVisibility.MEMBERS, JoiningRule.BY_REQUEST);
        group.join(member, null, "Bea", NOW);
        GroupParticipant invitation = group.inviteAddress(member.address(), NOW);
        assertThat(invitation.status()).isEqualTo(ParticipantStatus.INVITED);
        assertRefused(() -> group.inviteAddress(member.address(), NOW), "groups.invite.already");
        group.inviteAddress("nobody@example.org", NOW);
        assertRefused(() -> group.inviteAddress("nobody@example.org", NOW), "groups.invite.already");

        GroupParticipant accepted = group.join(member, null, "Bea", NOW);
        assertThat(accepted.accountId()).isEqualTo(member.accountId());
        assertThat(accepted.active()).isTrue();
        assertThat(group.participants()).hasSize(3).doesNotContain(invitation);
    }

    @Test
    void someoneInvitedByAddressAcceptsTheInvitationRatherThanJoiningBesideIt() {
        WorkingGroup group = group(GroupVisibility.MEMBERS, JoiningRule.OPEN);
        Viewer invitee = aMember("Cy");
        assertThat(group.mayJoin(invitee, null)).isTrue();
        group.inviteAddress(invitee.address(), NOW);
        assertThat(group.mayJoin(invitee, null)).isFalse();
        assertThat(group.join(invitee, null, "Cy", NOW).accountId()).isEqualTo(invitee.accountId());
        assertThat(group.participants()).hasSize(2);
    }

    @Test
    void groupNamesDifferingOnlyInCaseAccentsOrSpacingShareAKey() {
        assertThat(WorkingGroup.nameKeyOf("  Caucus  de   Vivienda "))
                .isEqualTo(WorkingGroup.nameKeyOf("caucus de vivienda"));
        assertThat(WorkingGroup.nameKeyOf("Educación")).isEqualTo(WorkingGroup.nameKeyOf("EDUCACION"));
        assertThat(WorkingGroup.nameKeyOf("Water")).isNotEqualTo(WorkingGroup.nameKeyOf("Land"));
    }

    private WorkingGroup group(GroupVisibility visibility, JoiningRule joining) {
        return new WorkingGroup(new GroupDraft(" Housing caucus ", "Housing for all.", GroupKind.CAUCUS, visibility,
                joining, Set.of(), Set.of()), "housing-caucus", creator, NOW);
    }

    private static Viewer aMember(String name) {
        UUID account = UUID.randomUUID();
        return new Viewer(account, name, true, Set.of(), "member-" + account + "@example.org");
    }

    private static Viewer representativeOf(Long organization) {
        return new Viewer(UUID.randomUUID(), "Rita", true, Set.of(organization));
    }

    private static void assertRefused(ThrowingCallable change, String reason) {
        assertThatThrownBy(change).isInstanceOfSatisfying(GroupTransitionException.class,
                refused -> assertThat(refused.key()).isEqualTo(reason));
    }
}
