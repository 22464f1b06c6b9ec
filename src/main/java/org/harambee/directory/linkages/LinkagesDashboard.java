package org.harambee.directory.linkages;

import java.util.ArrayList;
import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MemberOrganization;
import org.harambee.membership.OrganizationAccess;
import org.harambee.site.DashboardSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The linkages part of the dashboard: partners for each organization the person represents, the exchange, the network. */
@Component
class LinkagesDashboard implements DashboardSection {

    private final OrganizationAccess access;

    LinkagesDashboard(OrganizationAccess access) {
        this.access = access;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "linkages.dashboard.title";
    }

    @Override
    public List<Link> links(Authentication person) {
        if (person == null || !(person.getPrincipal() instanceof HarambeeUser user) || user.roles().isEmpty()) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        for (MemberOrganization organization : access.representedBy(user)) {
            if (organization.active()) {
                links.add(new Link("/directory/partners/" + organization.slug(), "linkages.dashboard.partners",
                        organization.name()));
            }
        }
        links.add(new Link("/directory/exchange", "linkages.dashboard.exchange"));
        links.add(new Link("/directory/network", "linkages.dashboard.network"));
        return links;
    }
}
