package org.harambee.workinggroups;

import java.util.ArrayList;
import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.DashboardSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Working groups on the dashboard: the person's groups, and their unread notifications. */
@Component
class GroupsDashboard implements DashboardSection {

    private final WorkingGroups groups;
    private final GroupNotifications notifications;

    GroupsDashboard(WorkingGroups groups, GroupNotifications notifications) {
        this.groups = groups;
        this.notifications = notifications;
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
        if (person != null && person.getPrincipal() instanceof HarambeeUser user) {
            links.add(new Link("/groups", "groups.dashboard.mine", groups.mine(groups.viewerOf(user)).size()));
            links.add(new Link("/notifications", "groups.dashboard.unread", notifications.unread(person)));
        }
        return links;
    }
}
