package org.harambee.finance;

import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.site.DashboardSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Treasurers find the books on their dashboard. */
@Component
class FinanceDashboard implements DashboardSection {

    @Override
    public int order() {
        return 800;
    }

    @Override
    public String titleKey() {
        return "dashboard.finance.title";
    }

    @Override
    public List<Link> links(Authentication person) {
        return HarambeeUser.of(person).filter(user -> user.has(Role.TREASURER))
                .map(user -> List.of(new Link("/treasury", "dashboard.finance.books"),
                        new Link("/treasury/journal/new", "dashboard.finance.post"),
                        new Link("/treasury/trial-balance", "dashboard.finance.trialBalance"),
                        new Link("/treasury/members", "dashboard.finance.dues")))
                .orElse(List.of());
    }
}
