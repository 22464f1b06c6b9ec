package org.harambee.following;

import java.util.List;
import org.harambee.site.DashboardSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Following on the dashboard: what one follows and how often, and the saved list. */
@Component
class FollowingDashboard implements DashboardSection {

    @Override
    public int order() {
        return 43;
    }

    @Override
    public String titleKey() {
        return "following.dashboard.title";
    }

    @Override
    public List<Link> links(Authentication person) {
        return List.of(new Link("/following", "following.dashboard.choose"), new Link("/saved",
                "following.saved.title"));
    }
}
