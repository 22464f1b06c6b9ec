package org.harambee.news;

import java.util.ArrayList;
import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.DashboardSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The news on the dashboard: read it, write (staff, representatives, conveners), review it (staff). */
@Component
class NewsDashboard implements DashboardSection {

    private final NewsDesk desk;

    NewsDashboard(NewsDesk desk) {
        this.desk = desk;
    }

    @Override
    public int order() {
        return 42;
    }

    @Override
    public String titleKey() {
        return "news.dashboard.title";
    }

    @Override
    public List<Link> links(Authentication person) {
        List<Link> links = new ArrayList<>();
        links.add(new Link("/news", "news.dashboard.read"));
        HarambeeUser user = HarambeeUser.of(person).orElse(null);
        if (desk.mayWrite(user)) {
            links.add(new Link("/news/new", "news.write"));
            links.add(new Link("/news/mine", "news.mine.title"));
        }
        if (DashboardSection.isStaff(person)) {
            links.add(new Link("/staff/news", "news.dashboard.review", desk.waitingCount()));
        }
        return links;
    }
}
