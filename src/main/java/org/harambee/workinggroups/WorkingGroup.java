package org.harambee.workinggroups;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A caucus, task force, committee or campaign. It guards who knows of it (its visibility), who takes part
 * (organizations, with all their representatives, and individual members), how one joins, and that it always
 * keeps at least one convener.
 */
@Entity
@Table(name = "working_group")
public class WorkingGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String name;
    private String nameKey;
    private String nameClaim;
    private String purpose;
    @Enumerated(EnumType.STRING)
    private GroupKind kind;
    @Enumerated(EnumType.STRING)
    private GroupVisibility visibility;
    @Enumerated(EnumType.STRING)
    private JoiningRule joining;
    @ElementCollection
    @CollectionTable(name = "working_group_issue_area", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "issue_area_id")
    private Set<Long> issueAreas = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "working_group_right", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "article")
    private Set<Integer> rights = new HashSet<>();
    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<GroupParticipant> participants = new ArrayList<>();
    private Instant createdAt;
    private UUID createdBy;
    @Version
    private long version;

    protected WorkingGroup() {
    }

    /** A new group; the person creating it takes part as its first convener. */
    WorkingGroup(GroupDraft draft, String slug, Viewer convener, Instant now) {
        this.slug = slug;
        this.createdAt = now;
        this.createdBy = convener.accountId();
        describe(draft);
        GroupParticipant first = GroupParticipant.person(this, convener.accountId(), convener.name(),
                ParticipantStatus.ACTIVE, now);
        first.appoint();
        participants.add(first);
    }

    /**
     * The key two group names share when they differ only in case, accents or spacing. Names are unique among the
     * groups a creator may know of (decision 45), which the database holds for the races that checking cannot:
     * public and members-only groups claim the key itself, a private group the key with its creator's account, so
     * that a private group's name never stands in the way of anyone who may not know of it.
     */
    static String nameKeyOf(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    void describe(GroupDraft draft) {
        name = draft.name().strip();
        nameKey = nameKeyOf(name);
        purpose = draft.purpose().strip();
        kind = draft.kind();
        visibility = draft.visibility();
        nameClaim = visibility == GroupVisibility.PRIVATE ? nameKey + "@" + createdBy : nameKey;
        joining = draft.joining();
        issueAreas.clear();
        issueAreas.addAll(draft.issueAreas());
        rights.clear();
        rights.addAll(draft.rights());
    }

    /** Whether this person may know the group exists; private groups only to those in them or invited. */
    boolean knownTo(Viewer viewer) {
        return switch (visibility) {
            case PUBLIC -> true;
            case MEMBERS -> viewer.member() || entryOf(viewer).isPresent();
            case PRIVATE -> entryOf(viewer).isPresent();
        };
    }

    /** Whether this person takes part (themselves, or through an organization they represent). */
    boolean takesPart(Viewer viewer) {
        return participants.stream().anyMatch(entry -> entry.active() && entry.admits(viewer));
    }

    boolean convenedBy(Viewer viewer) {
        return viewer.signedIn() && participants.stream()
                .anyMatch(entry -> entry.active() && entry.convener() && viewer.accountId().equals(entry.accountId()));
    }

    /** This person's own entries: as an individual, and for each organization they represent. */
    List<GroupParticipant> entriesOf(Viewer viewer) {
        return participants.stream().filter(entry -> entry.admits(viewer)).toList();
    }

    private Optional<GroupParticipant> entryOf(Viewer viewer) {
        return participants.stream().filter(entry -> entry.admits(viewer)).findFirst();
    }

    /**
     * An organization (when {@code organizationId} is given: one the viewer represents) or the viewer themselves
     * joins: at once when the group is open or they were invited, otherwise as a request for a convener to approve.
     */
    GroupParticipant join(Viewer viewer, Long organizationId, String name, Instant now) {
        if (!viewer.member()) {
            throw new GroupTransitionException("groups.join.membersOnly");
        }
        if (organizationId != null && !viewer.organizations().contains(organizationId)) {
            throw new UnknownGroupException();
        }
        UUID account = organizationId == null ? viewer.accountId() : null;
        Optional<GroupParticipant> existing = entry(organizationId, account);
        Optional<GroupParticipant> byAddress = organizationId == null
                ? participants.stream().filter(entry -> entry.invites(viewer)).findFirst() : Optional.empty();
        if (byAddress.isPresent()) {
            if (existing.isEmpty()) {
                byAddress.get().acceptAs(viewer.accountId(), name, now);
                return byAddress.get();
            }
            participants.remove(byAddress.get());
            if (!existing.get().active()) {
                existing.get().activate(now);
            }
            return existing.get();
        }
        if (existing.isPresent()) {
            if (existing.get().status() != ParticipantStatus.INVITED) {
                throw new GroupTransitionException("groups.join.already");
            }
            existing.get().activate(now);
            return existing.get();
        }
        if (visibility == GroupVisibility.PRIVATE) {
            throw new GroupTransitionException("groups.join.invitationOnly");
        }
        ParticipantStatus status = joining == JoiningRule.OPEN ? ParticipantStatus.ACTIVE : ParticipantStatus.REQUESTED;
        GroupParticipant entry = organizationId == null
                ? GroupParticipant.person(this, account, name, status, now)
                : GroupParticipant.organization(this, organizationId, name, status, now);
        participants.add(entry);
        return entry;
    }

    /**
     * Whether this member may join now, as themselves ({@code organizationId} null) or for an organization they
     * represent: never a private group uninvited, and not when there is an entry already (an invitation, also one
     * to the address they sign in with, is accepted instead).
     */
    boolean mayJoin(Viewer viewer, Long organizationId) {
        return viewer.member() && visibility != GroupVisibility.PRIVATE
                && (organizationId == null || viewer.organizations().contains(organizationId))
                && entry(organizationId, organizationId == null ? viewer.accountId() : null).isEmpty()
                && (organizationId != null || participants.stream().noneMatch(entry -> entry.invites(viewer)));
    }

    /**
     * A convener invites a person by the address they sign in with, whether or not anyone does (the convener may
     * not learn who has an account): whoever signs in with it finds the invitation and takes part once they
     * accept it.
     */
    GroupParticipant inviteAddress(String address, Instant now) {
        if (participants.stream().anyMatch(entry -> address.equals(entry.invitedAs()))) {
            throw new GroupTransitionException("groups.invite.already");
        }
        GroupParticipant entry = GroupParticipant.address(this, address, now);
        participants.add(entry);
        return entry;
    }

    /** A convener invites an organization; its representatives take part once one of them accepts. */
    GroupParticipant invite(Long organizationId, String name, Instant now) {
        Optional<GroupParticipant> existing = entry(organizationId, null);
        if (existing.isPresent()) {
            if (existing.get().status() != ParticipantStatus.REQUESTED) {
                throw new GroupTransitionException("groups.invite.already");
            }
            existing.get().activate(now);
            return existing.get();
        }
        GroupParticipant entry = GroupParticipant.organization(this, organizationId, name, ParticipantStatus.INVITED,
                now);
        participants.add(entry);
        return entry;
    }

    /** A convener approves a request to take part. */
    GroupParticipant approve(Long participantId, Instant now) {
        GroupParticipant entry = participant(participantId);
        if (entry.status() != ParticipantStatus.REQUESTED) {
            throw new GroupTransitionException("groups.approve.notRequested");
        }
        entry.activate(now);
        return entry;
    }

    /** A convener removes a participant, declines a request or withdraws an invitation. */
    GroupParticipant remove(Long participantId) {
        GroupParticipant entry = participant(participantId);
        keepAConvenerWithout(entry);
        participants.remove(entry);
        return entry;
    }

    /** The person, or an organization they represent, leaves the group (or withdraws a request). */
    GroupParticipant leave(Viewer viewer, Long participantId) {
        GroupParticipant entry = participant(participantId);
        if (!entry.admits(viewer)) {
            throw new UnknownGroupException();
        }
        keepAConvenerWithout(entry);
        participants.remove(entry);
        return entry;
    }

    /** A convener makes another person taking part a convener too. */
    GroupParticipant appoint(Long participantId) {
        GroupParticipant entry = participant(participantId);
        if (!entry.active()) {
            throw new GroupTransitionException("groups.convener.notActive");
        }
        entry.appoint();
        return entry;
    }

    /** A convener stops convening (another convener must remain). */
    GroupParticipant standDown(Long participantId) {
        GroupParticipant entry = participant(participantId);
        keepAConvenerWithout(entry);
        entry.standDown();
        return entry;
    }

    private void keepAConvenerWithout(GroupParticipant leaving) {
        if (leaving.convener() && leaving.active() && participants.stream()
                .noneMatch(entry -> entry != leaving && entry.active() && entry.convener())) {
            throw new GroupTransitionException("groups.convener.last");
        }
    }

    private GroupParticipant participant(Long participantId) {
        return participants.stream().filter(entry -> entry.id() != null && entry.id().equals(participantId))
                .findFirst().orElseThrow(UnknownGroupException::new);
    }

    private Optional<GroupParticipant> entry(Long organizationId, UUID accountId) {
        return participants.stream().filter(entry -> entry.is(organizationId, accountId)).findFirst();
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String purpose() {
        return purpose;
    }

    public GroupKind kind() {
        return kind;
    }

    public GroupVisibility visibility() {
        return visibility;
    }

    public JoiningRule joining() {
        return joining;
    }

    public Set<Long> issueAreas() {
        return Set.copyOf(issueAreas);
    }

    public Set<Integer> rights() {
        return Set.copyOf(rights);
    }

    public List<GroupParticipant> participants() {
        return List.copyOf(participants);
    }

    public List<GroupParticipant> active() {
        return participants.stream().filter(GroupParticipant::active).toList();
    }

    public List<GroupParticipant> conveners() {
        return participants.stream().filter(entry -> entry.active() && entry.convener()).toList();
    }

    public Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version;
    }
}
