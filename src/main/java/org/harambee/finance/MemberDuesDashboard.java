package org.harambee.finance;

import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.site.DashboardSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Members and representatives find their own dues on their dashboard. */
@Component
class MemberDuesDashboard implements DashboardSection {

    @Override
    public int order() {
        return 790;
    }

    @Override
    public String titleKey() {
        return "dashboard.dues.title";
    }

    @Override
    public List<Link> links(Authentication person) {
        return HarambeeUser.of(person).filter(user -> user.has(Role.MEMBER) || user.has(Role.REPRESENTATIVE))
                .map(user -> List.of(new Link("/dues", "dashboard.dues.mine"))).orElse(List.of());
    }
}
