package org.harambee.mail;

import java.util.List;
import org.harambee.site.DashboardSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Staff reach the outbox from their dashboard. */
@Component
class OutboxDashboard implements DashboardSection {

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String titleKey() {
        return "dashboard.mail";
    }

    @Override
    public List<Link> links(Authentication person) {
        return DashboardSection.isStaff(person) ? List.of(new Link("/staff/outbox", "dashboard.mail.outbox")) : List.of();
    }
}
