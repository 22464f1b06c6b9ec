package org.harambee.directory.imports;

import java.util.List;
import org.harambee.site.DashboardSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Staff reach the organization import from their dashboard. */
@Component
class ImportDashboard implements DashboardSection {

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "directory.import.dashboard.title";
    }

    @Override
    public List<Link> links(Authentication person) {
        return DashboardSection.isStaff(person)
                ? List.of(new Link("/staff/import/organizations", "directory.import.dashboard.organizations"))
                : List.of();
    }
}
