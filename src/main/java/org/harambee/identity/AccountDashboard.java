package org.harambee.identity;

import java.util.List;
import org.harambee.site.DashboardSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Everyone who is signed in can change their password from the dashboard. */
@Component
class AccountDashboard implements DashboardSection {

    @Override
    public int order() {
        return 950;
    }

    @Override
    public String titleKey() {
        return "dashboard.account.title";
    }

    @Override
    public List<Link> links(Authentication person) {
        return person != null && person.getPrincipal() instanceof HarambeeUser
                ? List.of(new Link("/account/password", "dashboard.account.password")) : List.of();
    }
}
