package org.harambee.membership;

import org.springframework.modulith.NamedInterface;

/**
 * What reserved seats ask of a member: its kind, name, status and state, and the groups it belongs to. An organization
 * says whether it is grassroots and whether directly affected people lead it ({@code directlyAffected} is false); an
 * individual says whether they are directly affected (the two organization flags are false). Whether an individual is
 * directly affected is seen by staff and election officers only.
 */
@NamedInterface(name = "api", propagate = false)
public record RepresentationFacts(Long id, MemberKind kind, String name, MembershipStatus status, boolean grassroots,
        boolean ledByDirectlyAffected, boolean directlyAffected, String stateCode) {

    static RepresentationFacts of(Member member) {
        if (member instanceof Organization organization) {
            return new RepresentationFacts(organization.id(), MemberKind.ORGANIZATION, organization.name(),
                    organization.status(), organization.grassroots(), organization.ledByDirectlyAffected(), false,
                    organization.stateCode());
        }
        IndividualMember individual = (IndividualMember) member;
        return new RepresentationFacts(individual.id(), MemberKind.INDIVIDUAL, individual.name(), individual.status(),
                false, false, individual.directlyAffected(), individual.stateCode());
    }
}
