package org.harambee.identity;

import java.util.List;
import org.harambee.site.DashboardSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Everyone who is signed in can change their password and set up two-step sign-in from the dashboard; everyone
 * with a role also finds their personal API tokens there.
 */
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
        HarambeeUser user = HarambeeUser.of(person).orElse(null);
        if (user == null) {
            return List.of();
        }
        Link password = new Link("/account/password", "dashboard.account.password");
        Link security = new Link("/account/security", !user.rolesWantingSecondFactor().isEmpty()
                ? "dashboard.account.securityWanted" : "dashboard.account.security");
        return user.roles().isEmpty() ? List.of(password, security)
                : List.of(password, security, new Link("/account/tokens", "dashboard.account.apiTokens"));
    }
}
