package org.harambee.taxonomy;

import java.util.List;
import org.harambee.site.DashboardSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Staff find the vocabulary they curate from their dashboard. */
@Component
class TaxonomyDashboard implements DashboardSection {

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String titleKey() {
        return "dashboard.taxonomy";
    }

    @Override
    public List<Link> links(Authentication person) {
        return DashboardSection.isStaff(person) ? List.of(new Link("/staff/issue-areas", "dashboard.taxonomy.issueAreas")) : List.of();
    }
}
