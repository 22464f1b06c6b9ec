package org.harambee.identity;

import java.util.ArrayList;
import java.util.List;
import org.harambee.site.DashboardSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Staff and administrators find the audit log and the accounts page on their dashboard. */
@Component
class IdentityDashboard implements DashboardSection {

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String titleKey() {
        return "dashboard.identity.title";
    }

    @Override
    public List<Link> links(Authentication person) {
        List<Link> links = new ArrayList<>();
        HarambeeUser user = HarambeeUser.of(person).orElse(null);
        if (user != null) {
            if (user.isStaff()) {
                links.add(new Link("/staff/audit", "dashboard.identity.audit"));
            }
            if (user.has(Role.ADMIN)) {
                links.add(new Link("/admin/accounts", "dashboard.identity.accounts"));
                links.add(new Link("/admin/accounts/invite", "dashboard.identity.invite"));
            }
        }
        return links;
    }
}
