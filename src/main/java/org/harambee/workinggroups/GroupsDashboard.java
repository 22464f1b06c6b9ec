package org.harambee.workinggroups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MemberOrganization;
import org.harambee.membership.OrganizationAccess;
import org.harambee.site.DashboardNeeds;
import org.harambee.site.DashboardSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Working groups on the dashboard: the person's groups, and their unread notifications; and, among what needs the
 * person, up to {@value #SUGGESTED} groups they may join that work on an issue area of an organization they
 * represent.
 */
@Component
class GroupsDashboard implements DashboardSection, DashboardNeeds {

    static final int SUGGESTED = 2;

    private final WorkingGroups groups;
    private final GroupNotifications notifications;
    private final OrganizationAccess organizations;

    GroupsDashboard(WorkingGroups groups, GroupNotifications notifications, OrganizationAccess organizations) {
        this.groups = groups;
        this.notifications = notifications;
        this.organizations = organizations;
    }

    @Override
    public List<Need> needs(Authentication person) {
        HarambeeUser user = HarambeeUser.of(person).orElse(null);
        if (user == null || user.roles().isEmpty()) {
            return List.of();
        }
        Viewer viewer = groups.viewerOf(user);
        Set<Long> mine = groups.mine(viewer).stream().map(WorkingGroup::id).collect(Collectors.toSet());
        Map<Long, WorkingGroup> suggested = new LinkedHashMap<>();
        organizations.representedBy(user).stream().filter(MemberOrganization::active)
                .flatMap(organization -> organization.issueAreas().stream()).distinct()
                .forEach(area -> groups.search(null, null, area, viewer).stream()
                        .filter(group -> !mine.contains(group.id()))
                        .forEach(group -> suggested.putIfAbsent(group.id(), group)));
        return suggested.values().stream().limit(SUGGESTED)
                .map(group -> new Need("/groups/" + group.slug(), null, "groups.needs.consider", group.name()))
                .toList();
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public String titleKey() {
        return "groups.dashboard.title";
    }

    @Override
    public List<Link> links(Authentication person) {
        List<Link> links = new ArrayList<>();
        HarambeeUser user = HarambeeUser.of(person).orElse(null);
        if (user != null) {
            links.add(new Link("/groups", "groups.dashboard.mine", groups.mine(groups.viewerOf(user)).size()));
            links.add(new Link("/notifications", "groups.dashboard.unread", notifications.unread(person)));
        }
        return links;
    }
}
