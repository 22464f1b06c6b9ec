package org.harambee.directory.linkages;

import java.util.ArrayList;
import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MemberOrganization;
import org.harambee.membership.OrganizationAccess;
import org.harambee.site.DashboardNeeds;
import org.harambee.site.DashboardSection;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The linkages part of the dashboard: partners for each organization the person represents, the exchange, the
 * network; and, among what needs the person, the {@value #PARTNERS_SHOWN} best partners to consider for each
 * organization they represent, with the first reason, each linked to its profile (and the contacts members see).
 */
@Component
class LinkagesDashboard implements DashboardSection, DashboardNeeds {

    static final int PARTNERS_SHOWN = 3;

    private final OrganizationAccess access;
    private final PartnerSuggestions suggestions;

    LinkagesDashboard(OrganizationAccess access, PartnerSuggestions suggestions) {
        this.access = access;
        this.suggestions = suggestions;
    }

    @Override
    public List<Need> needs(Authentication person) {
        HarambeeUser user = HarambeeUser.of(person).orElse(null);
        if (user == null || user.roles().isEmpty()) {
            return List.of();
        }
        List<Need> needs = new ArrayList<>();
        for (MemberOrganization organization : access.representedBy(user)) {
            if (organization.active() && organization.mayActFor()) {
                suggestions.partnersOf(organization.slug(), user, LocaleContextHolder.getLocale()).partners().stream()
                        .limit(PARTNERS_SHOWN)
                        .forEach(partner -> needs.add(new Need("/organizations/" + partner.slug(), null,
                                "linkages.needs.partner", partner.name(), organization.name(),
                                partner.reasons().isEmpty() ? "" : partner.reasons().get(0))));
            }
        }
        return needs;
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
        HarambeeUser user = HarambeeUser.of(person).orElse(null);
        if (user == null || user.roles().isEmpty()) {
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
