package org.harambee.workinggroups;

/** One organization or person taking part in a group (or asking, or invited), as the group's pages show them. */
public record ParticipantView(Long id, Long organizationId, String name, ParticipantStatus status, boolean convener,
        boolean organization) {

    static ParticipantView of(GroupParticipant entry) {
        return new ParticipantView(entry.id(), entry.organizationId(), entry.name(), entry.status(), entry.convener(),
                entry.organization());
    }

    public boolean active() {
        return status == ParticipantStatus.ACTIVE;
    }
}
