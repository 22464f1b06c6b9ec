package org.harambee.membership;

import java.util.List;
import org.harambee.site.NetworkFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The network in numbers for the home page; counts only, never who. */
@Component
class MembershipFacts implements NetworkFacts {

    private final Organizations organizations;
    private final IndividualMembers individuals;
    private final Members members;

    MembershipFacts(Organizations organizations, IndividualMembers individuals, Members members) {
        this.organizations = organizations;
        this.individuals = individuals;
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Fact> facts() {
        return List.of(
                new Fact("membership.facts.organizations", organizations.countByStatus(MembershipStatus.ACTIVE)),
                new Fact("membership.facts.individuals", individuals.countByStatus(MembershipStatus.ACTIVE)),
                new Fact("membership.facts.founding", members.countActiveFounding()),
                new Fact("membership.facts.states", organizations.countStatesWithActiveMembers()));
    }
}
