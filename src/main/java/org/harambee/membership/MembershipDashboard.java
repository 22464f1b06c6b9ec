package org.harambee.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.DashboardNeeds;
import org.harambee.site.DashboardSection;
import org.harambee.site.Installation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The membership part of the dashboard: staff see the applications waiting for them; representatives reach
 * their organization's page and profile editor; individual members reach their own membership page. What needs
 * them comes first: applications waiting (staff), a renewal within {@value #RENEWAL_NOTICE_DAYS} days, an
 * organization's profile with parts missing that partners and the directory rely on.
 */
@Component
class MembershipDashboard implements DashboardSection, DashboardNeeds {

    static final int RENEWAL_NOTICE_DAYS = 60;

    private final ApplicationReview review;
    private final OrganizationPages organizations;
    private final IndividualMembers individuals;

    private final Clock clock;
    private final ZoneId zone;

    MembershipDashboard(ApplicationReview review, OrganizationPages organizations, IndividualMembers individuals,
            Clock clock, Installation installation) {
        this.clock = clock;
        this.zone = installation.timeZone();
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
        HarambeeUser user = HarambeeUser.of(person).orElse(null);
        if (user == null) {
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

    @Override
    @Transactional(readOnly = true)
    public List<Need> needs(Authentication person) {
        HarambeeUser user = HarambeeUser.of(person).orElse(null);
        if (user == null) {
            return List.of();
        }
        List<Need> needs = new ArrayList<>();
        long waiting = user.isStaff() ? review.waiting() : 0;
        if (waiting > 0) {
            needs.add(new Need("/staff/applications", null, "membership.needs.waiting", waiting));
        }
        LocalDate soon = LocalDate.now(clock.withZone(zone)).plusDays(RENEWAL_NOTICE_DAYS);
        for (Organization organization : organizations.representedBy(user)) {
            if (renewsBy(organization, soon)) {
                needs.add(new Need("/organizations/" + organization.slug(), organization.renewalDate(),
                        "membership.needs.renewal", organization.name()));
            }
            List<String> missing = missing(organization);
            if (!missing.isEmpty()) {
                needs.add(new Need("/organizations/" + organization.slug() + "/edit", null, "membership.needs.profile",
                        organization.name(), missing.size()));
            }
        }
        individuals.findByAccountId(user.accountId())
                .filter(member -> renewsBy(member, soon))
                .ifPresent(member -> needs.add(new Need("/membership", member.renewalDate(),
                        "membership.needs.ownRenewal")));
        return needs;
    }

    private static boolean renewsBy(Member member, LocalDate day) {
        return member.status() == MembershipStatus.ACTIVE && member.renewalDate() != null
                && !member.renewalDate().isAfter(day);
    }

    /** The parts of a profile that partner suggestions and the directory use and that are still empty. */
    private static List<String> missing(Organization organization) {
        List<String> missing = new ArrayList<>();
        if (organization.website() == null) {
            missing.add("website");
        }
        if (organization.communitiesServed() == null) {
            missing.add("communitiesServed");
        }
        if (organization.rights().isEmpty()) {
            missing.add("rights");
        }
        if (organization.languages().isEmpty()) {
            missing.add("languages");
        }
        return missing;
    }
}
