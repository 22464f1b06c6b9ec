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

    /** Whether this entry is the one of this organization or of this person. */
    boolean is(Long organization, UUID account) {
        return organization != null ? organization.equals(organizationId) : account != null && account.equals(accountId);
    }

    /** Whether this entry lets the viewer in: their own, or an organization they represent. */
    boolean admits(Viewer viewer) {
        return viewer.signedIn() && (viewer.accountId().equals(accountId)
                || organizationId != null && viewer.organizations().contains(organizationId));
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
