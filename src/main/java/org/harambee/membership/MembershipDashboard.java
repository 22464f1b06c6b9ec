package org.harambee.membership;

import java.util.ArrayList;
import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.DashboardSection;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The membership part of the dashboard: staff see the applications waiting for them; representatives reach
 * their organization's page and profile editor; individual members reach their own membership page.
 */
@Component
class MembershipDashboard implements DashboardSection {

    private final ApplicationReview review;
    private final OrganizationPages organizations;
    private final IndividualMembers individuals;

    MembershipDashboard(ApplicationReview review, OrganizationPages organizations, IndividualMembers individuals) {
        this.review = review;
        this.organizations = organizations;
        this.individuals = individuals;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "membership.dashboard.title";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Link> links(Authentication person) {
        if (person == null || !(person.getPrincipal() instanceof HarambeeUser user)) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        if (user.isStaff()) {
            links.add(new Link("/staff/applications", "membership.dashboard.waiting", review.waiting()));
            links.add(new Link("/organizations", "membership.dashboard.organizations"));
            links.add(new Link("/staff/members", "membership.dashboard.individuals"));
        }
        for (Organization organization : organizations.representedBy(user)) {
            links.add(new Link("/organizations/" + organization.slug() + "/edit", "membership.dashboard.edit",
                    organization.name()));
            links.add(new Link("/organizations/" + organization.slug(), "membership.dashboard.view",
                    organization.name()));
        }
        individuals.findByAccountId(user.accountId()).ifPresent(member -> links.add(new Link("/membership",
                "membership.dashboard.renews", Dates.of(member.renewalDate(), LocaleContextHolder.getLocale()))));
        return links;
    }
}
