package org.harambee.workinggroups;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MemberOrganization;
import org.harambee.membership.OrganizationAccess;
import org.harambee.membership.OrganizationId;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working groups and who takes part in them. Every method checks who is asking: a group this person may not know
 * of answers as if it did not exist, and only its conveners change it or its participants.
 */
@Service
@Transactional
@NamedInterface(name = "seeding", propagate = false)
public class WorkingGroups implements GroupRoster {

    static final List<Long> NONE = List.of(-1L);
    private static final SecureRandom SLUG_ENDINGS = new SecureRandom();
    /** How many endings of six base-36 characters a private group's address may draw from. */
    private static final long PRIVATE_ENDINGS = 36L * 36 * 36 * 36 * 36 * 36;

    private final Groups groups;
    private final OrganizationAccess organizations;
    private final AuditLog auditLog;
    private final Clock clock;

    WorkingGroups(Groups groups, OrganizationAccess organizations, AuditLog auditLog, Clock clock) {
        this.groups = groups;
        this.organizations = organizations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Who is asking, with the active organizations they represent. */
    @Transactional(readOnly = true)
    Viewer viewerOf(HarambeeUser user) {
        if (user == null) {
            return Viewer.VISITOR;
        }
        Set<Long> represented = organizations.representedBy(user).stream().filter(MemberOrganization::active)
                .map(MemberOrganization::id).collect(Collectors.toUnmodifiableSet());
        return new Viewer(user.accountId(), user.displayName(), !user.roles().isEmpty(), represented,
                GroupParticipant.addressOf(user.email()));
    }

    @Override
    @Transactional(readOnly = true)
    public GroupStanding standing(GroupId group, HarambeeUser user) {
        Viewer viewer = viewerOf(user);
        return groups.findById(group.value()).map(found -> GroupStanding.of(found, viewer)).orElse(GroupStanding.NONE);
    }

    /** Whether this person is an active convener of the group. */
    @Transactional(readOnly = true)
    public boolean convenes(Long groupId, HarambeeUser user) {
        return standing(new GroupId(groupId), user).convenes();
    }

    /** Whether this person takes part in the group, as an individual or through an organization they represent. */
    @Transactional(readOnly = true)
    public boolean takesPart(Long groupId, HarambeeUser user) {
        return standing(new GroupId(groupId), user).takesPart();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> groupIdsOf(HarambeeUser user) {
        Viewer viewer = viewerOf(user);
        return viewer.signedIn() ? Set.copyOf(groups.idsTakenPartInBy(viewer.accountId(),
                viewer.organizations().isEmpty() ? NONE : List.copyOf(viewer.organizations()))) : Set.of();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> privateGroupIdsHiddenFrom(HarambeeUser user) {
        Viewer viewer = viewerOf(user);
        List<Long> mine = viewer.signedIn() ? idsWithEntry(viewer) : List.of();
        return Set.copyOf(groups.privateIdsExcept(mine.isEmpty() ? NONE : mine));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isPrivate(GroupId group) {
        return groups.findById(group.value()).filter(found -> found.visibility() == GroupVisibility.PRIVATE)
                .isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public List<GroupSummary> groupsOf(HarambeeUser user) {
        return groups.findAllById(groupIdsOf(user)).stream().map(GroupSummary::of)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /** The active organizations this person represents, as choices (to join a group on their behalf). */
    @Transactional(readOnly = true)
    List<org.harambee.site.Option> representedOptions(HarambeeUser user) {
        return organizations.representedBy(user).stream().filter(MemberOrganization::active)
                .map(organization -> new org.harambee.site.Option(String.valueOf(organization.id()), organization.name()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<GroupSummary> knownTo(HarambeeUser user) {
        return search(null, null, null, viewerOf(user)).stream().map(GroupSummary::of).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<GroupSummary> convenedBy(HarambeeUser user) {
        Viewer viewer = viewerOf(user);
        return mine(viewer).stream().filter(group -> group.convenedBy(viewer)).map(GroupSummary::of).toList();
    }

    /** The groups this person takes part in or has asked or been invited to join, by name. */
    @Transactional(readOnly = true)
    List<WorkingGroup> mine(Viewer viewer) {
        if (!viewer.signedIn()) {
            return List.of();
        }
        return groups.findAllById(idsWithEntry(viewer)).stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /** The groups this person may know of that match the search, by name. */
    @Transactional(readOnly = true)
    List<WorkingGroup> search(String text, GroupKind kind, Long issueArea, Viewer viewer) {
        String pattern = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Long> mine = viewer.signedIn() ? idsWithEntry(viewer) : List.of();
        return groups.search(viewer.member(), mine.isEmpty() ? NONE : mine, pattern, kind, issueArea);
    }

    private List<Long> idsWithEntry(Viewer viewer) {
        return groups.idsWithEntryFor(viewer.accountId(), viewer.organizations().isEmpty() ? NONE
                : List.copyOf(viewer.organizations()), viewer.address());
    }

    /** The group at this address, if this person may know of it. */
    WorkingGroup find(String slug, Viewer viewer) {
        return groups.findBySlug(slug).filter(found -> found.knownTo(viewer)).orElseThrow(UnknownGroupException::new);
    }

    /**
     * The group's page as this person sees it, if they may know of the group; {@code represented} are the
     * organizations they represent, of which those that may join are named.
     */
    @Transactional(readOnly = true)
    GroupSight sight(String slug, Viewer viewer, Collection<Long> represented) {
        WorkingGroup group = find(slug, viewer);
        return new GroupSight(GroupView.of(group), group.takesPart(viewer), group.convenedBy(viewer),
                group.entriesOf(viewer).stream().map(ParticipantView::of).toList(), group.mayJoin(viewer, null),
                represented.stream().filter(organization -> group.mayJoin(viewer, organization))
                        .collect(Collectors.toSet()));
    }

    /** Whether no group exists yet (a new installation). */
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return groups.count() == 0;
    }

    /**
     * A member creates a group and becomes its first convener.
     *
     * @throws GroupNameTakenException when another group they may know of has the name, found now or by the
     *         database when someone took it at the same moment
     */
    public GroupSummary create(GroupDraft draft, HarambeeUser user) {
        Viewer viewer = viewerOf(user);
        if (!viewer.member()) {
            throw new GroupTransitionException("groups.join.membersOnly");
        }
        if (nameTaken(draft.name(), null, viewer)) {
            throw new GroupNameTakenException();
        }
        WorkingGroup group = groups.saveAndFlush(new WorkingGroup(draft, slugFor(draft), viewer, clock.instant()));
        auditLog.recordAboutGroup(group.id(), "groups.created", "group " + group.id(), group.name());
        return GroupSummary.of(group);
    }

    /**
     * Whether another group this person may know of already has this name (in any case, accents or spacing). A
     * private group they may not know of never collides: its name is not theirs to learn (decision 45).
     */
    private boolean nameTaken(String name, Long except, Viewer viewer) {
        return name != null && groups.findByNameKey(WorkingGroup.nameKeyOf(name)).stream()
                .anyMatch(found -> !found.id().equals(except) && found.knownTo(viewer));
    }

    /** A convener changes what the group is. */
    void describe(String slug, GroupDraft draft, HarambeeUser user) {
        Viewer viewer = viewerOf(user);
        WorkingGroup group = convened(slug, viewer);
        if (nameTaken(draft.name(), group.id(), viewer)) {
            throw new GroupNameTakenException();
        }
        group.describe(draft);
        groups.flush();
        auditLog.recordAboutGroup(group.id(), "groups.edited", "group " + group.id(), group.name());
    }

    /** An individual member joins an open group (or asks to join one by request). */
    public void join(Long groupId, HarambeeUser user) {
        Viewer viewer = viewerOf(user);
        WorkingGroup group = groups.findById(groupId).filter(found -> found.knownTo(viewer))
                .orElseThrow(UnknownGroupException::new);
        joined(group, group.join(viewer, null, viewer.name(), clock.instant()));
    }

    /** This person joins, or an organization they represent does ({@code organizationId}). */
    public GroupParticipant join(String slug, Long organizationId, HarambeeUser user) {
        Viewer viewer = viewerOf(user);
        WorkingGroup group = find(slug, viewer);
        String name = organizationId == null ? viewer.name() : organizations.representedBy(user).stream()
                .filter(organization -> organization.id().equals(organizationId)).map(MemberOrganization::name)
                .findFirst().orElseThrow(UnknownGroupException::new);
        GroupParticipant entry = group.join(viewer, organizationId, name, clock.instant());
        joined(group, entry);
        return entry;
    }

    private void joined(WorkingGroup group, GroupParticipant entry) {
        auditLog.recordAboutGroup(group.id(), entry.active() ? "groups.joined" : "groups.requested", "group " + group.id(), entry.name());
    }

    /** This person, or an organization they represent, leaves (or withdraws its request). */
    void leave(String slug, Long participantId, HarambeeUser user) {
        Viewer viewer = viewerOf(user);
        WorkingGroup group = find(slug, viewer);
        GroupParticipant entry = group.leave(viewer, participantId);
        auditLog.recordAboutGroup(group.id(), "groups.left", "group " + group.id(), entry.name());
    }

    /**
     * A convener invites an organization (by its name) or a person (by the e-mail address they sign in with).
     * An address is invited whether or not anyone signs in with it, and the answer is the same either way: who has
     * an account is not for the group's conveners to learn (decision 46). Returns false when no organization the
     * convener may see has that name.
     */
    boolean invite(String slug, String whom, HarambeeUser user) {
        WorkingGroup group = convened(slug, viewerOf(user));
        String wanted = whom == null ? "" : whom.strip();
        GroupParticipant entry;
        if (wanted.contains("@")) {
            if (wanted.length() > 254 || !wanted.matches("[^@\\s]+@[^@\\s]+")) {
                throw new GroupTransitionException("groups.invite.address");
            }
            entry = group.inviteAddress(GroupParticipant.addressOf(wanted), clock.instant());
        } else {
            Optional<MemberOrganization> organization = organizations.named(wanted, user)
                    .filter(MemberOrganization::active);
            if (organization.isEmpty()) {
                return false;
            }
            entry = group.invite(organization.get().id(), organization.get().name(), clock.instant());
        }
        auditLog.recordAboutGroup(group.id(), entry.active() ? "groups.approved" : "groups.invited", "group " + group.id(), entry.name());
        return true;
    }

    void approve(String slug, Long participantId, HarambeeUser user) {
        WorkingGroup group = convened(slug, viewerOf(user));
        GroupParticipant entry = group.approve(participantId, clock.instant());
        auditLog.recordAboutGroup(group.id(), "groups.approved", "group " + group.id(), entry.name());
    }

    void remove(String slug, Long participantId, HarambeeUser user) {
        WorkingGroup group = convened(slug, viewerOf(user));
        GroupParticipant entry = group.remove(participantId);
        auditLog.recordAboutGroup(group.id(), "groups.removed", "group " + group.id(), entry.name());
    }

    void appoint(String slug, Long participantId, HarambeeUser user) {
        WorkingGroup group = convened(slug, viewerOf(user));
        GroupParticipant entry = group.appoint(participantId);
        auditLog.recordAboutGroup(group.id(), "groups.convener-appointed", "group " + group.id(), entry.name());
    }

    void standDown(String slug, Long participantId, HarambeeUser user) {
        WorkingGroup group = convened(slug, viewerOf(user));
        GroupParticipant entry = group.standDown(participantId);
        auditLog.recordAboutGroup(group.id(), "groups.convener-stood-down", "group " + group.id(), entry.name());
    }

    /** The group at this address, if this person convenes it; otherwise it answers as unknown. */
    WorkingGroup convened(String slug, Viewer viewer) {
        return groups.findBySlug(slug).filter(group -> group.convenedBy(viewer))
                .orElseThrow(UnknownGroupException::new);
    }

    /** The group at this address as its edit page shows it, if this person convenes it. */
    @Transactional(readOnly = true)
    GroupView convenedView(String slug, Viewer viewer) {
        return GroupView.of(convened(slug, viewer));
    }

    /** The group at this address, if this person takes part in it; otherwise it answers as unknown. */
    WorkingGroup joinedBy(String slug, Viewer viewer) {
        return groups.findBySlug(slug).filter(group -> group.takesPart(viewer)).orElseThrow(UnknownGroupException::new);
    }

    /** Every account taking part: individual participants and the representatives of participating organizations. */
    @Transactional(readOnly = true)
    Set<UUID> accountsTakingPart(WorkingGroup group) {
        Set<UUID> accountIds = new HashSet<>();
        Set<Long> organizationIds = new HashSet<>();
        group.active().forEach(entry -> {
            if (entry.organization()) {
                organizationIds.add(entry.organizationId());
            } else {
                accountIds.add(entry.accountId());
            }
        });
        accountIds.addAll(organizations.representativeAccounts(OrganizationId.all(organizationIds)));
        return accountIds;
    }

    /**
     * The group's address, from its name. A private group's carries a random ending, so that no other group's
     * address ever shows that a private one took the plain name first.
     */
    private String slugFor(GroupDraft draft) {
        String base = WorkingGroup.nameKeyOf(draft.name()).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        base = base.isEmpty() ? "group" : base.substring(0, Math.min(base.length(), 100)).replaceAll("-$", "");
        if (draft.visibility() == GroupVisibility.PRIVATE) {
            base = base + "-" + Long.toString(SLUG_ENDINGS.nextLong(PRIVATE_ENDINGS / 36, PRIVATE_ENDINGS), 36);
        }
        String slug = base;
        for (int n = 2; groups.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
