package org.harambee.membership;

import java.util.ArrayList;
import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.NetworkFacts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network in numbers for the home page; counts only, never who, and only of what the reader may see listed
 * (decision 48): visitors count the organizations listed publicly, members every active organization and the
 * individual members listed for members, staff everyone active.
 */
@Component
class MembershipFacts implements NetworkFacts {

    private final Organizations organizations;
    private final IndividualMembers individuals;

    MembershipFacts(Organizations organizations, IndividualMembers individuals) {
        this.organizations = organizations;
        this.individuals = individuals;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Fact> facts(Authentication reader) {
        Viewer viewer = new Viewer(HarambeeUser.of(reader).orElse(null));
        boolean listedPubliclyOnly = !viewer.member();
        boolean listedForMembersOnly = !viewer.staff();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("membership.facts.organizations", organizations.countActive(listedPubliclyOnly)));
        if (viewer.member()) {
            facts.add(new Fact("membership.facts.individuals", individuals.countActive(listedForMembersOnly, false)));
        }
        facts.add(new Fact("membership.facts.founding", organizations.countActiveFounding(listedPubliclyOnly)
                + (viewer.member() ? individuals.countActive(listedForMembersOnly, true) : 0)));
        facts.add(new Fact("membership.facts.states", organizations.countStatesWithActiveMembers(listedPubliclyOnly)));
        return facts;
    }
}
