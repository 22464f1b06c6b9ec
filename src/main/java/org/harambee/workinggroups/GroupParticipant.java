package org.harambee.workinggroups;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An organization or an individual member in a group, taking part, asking to, or invited; conveners are people. */
@Entity
@Table(name = "group_participant")
public class GroupParticipant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private WorkingGroup group;
    private Long organizationId;
    private UUID accountId;
    private String invitedAs;
    private String name;
    @Enumerated(EnumType.STRING)
    private ParticipantStatus status;
    private boolean convener;
    private Instant since;

    protected GroupParticipant() {
    }

    private GroupParticipant(WorkingGroup group, Long organizationId, UUID accountId, String name,
            ParticipantStatus status, Instant since) {
        this.group = group;
        this.organizationId = organizationId;
        this.accountId = accountId;
        this.name = name;
        this.status = status;
        this.since = since;
    }

    static GroupParticipant organization(WorkingGroup group, Long organizationId, String name,
            ParticipantStatus status, Instant since) {
        return new GroupParticipant(group, organizationId, null, name, status, since);
    }

    static GroupParticipant person(WorkingGroup group, UUID accountId, String name, ParticipantStatus status,
            Instant since) {
        return new GroupParticipant(group, null, accountId, name, status, since);
    }

    /** An invitation to whoever signs in with this address; its name is the address until someone accepts it. */
    static GroupParticipant address(WorkingGroup group, String address, Instant since) {
        GroupParticipant entry = new GroupParticipant(group, null, null, address, ParticipantStatus.INVITED, since);
        entry.invitedAs = address;
        return entry;
    }

    /** The e-mail address normalized as invitations hold it. */
    static String addressOf(String email) {
        return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether this is an invitation to the address the viewer signs in with. */
    boolean invites(Viewer viewer) {
        return invitedAs != null && invitedAs.equals(viewer.address());
    }

    /** The person signing in with the invited address accepts: the entry becomes theirs, under their name. */
    void acceptAs(UUID account, String displayName, Instant now) {
        accountId = account;
        invitedAs = null;
        name = displayName;
        activate(now);
    }

    /** Whether this entry is the one of this organization or of this person. */
    boolean is(Long organization, UUID account) {
        return organization != null ? organization.equals(organizationId) : account != null && account.equals(accountId);
    }

    /** Whether this entry lets the viewer in: their own, or an organization they represent. */
    boolean admits(Viewer viewer) {
        return viewer.signedIn() && (viewer.accountId().equals(accountId)
                || organizationId != null && viewer.organizations().contains(organizationId) || invites(viewer));
    }

    void activate(Instant now) {
        status = ParticipantStatus.ACTIVE;
        since = now;
    }

    void appoint() {
        if (accountId == null) {
            throw new GroupTransitionException("groups.convener.personOnly");
        }
        convener = true;
    }

    void standDown() {
        convener = false;
    }

    public Long id() {
        return id;
    }

    public Long organizationId() {
        return organizationId;
    }

    public UUID accountId() {
        return accountId;
    }

    /** The address a convener invited, until someone signing in with it accepts; otherwise null. */
    public String invitedAs() {
        return invitedAs;
    }

    public String name() {
        return name;
    }

    public ParticipantStatus status() {
        return status;
    }

    public boolean active() {
        return status == ParticipantStatus.ACTIVE;
    }

    public boolean convener() {
        return convener;
    }

    public boolean organization() {
        return organizationId != null;
    }

    public Instant since() {
        return since;
    }
}
