package org.harambee.library;

import java.util.ArrayList;
import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.DashboardSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The library on the dashboard: search it, submit to it (representatives and staff), review it (staff). */
@Component
class LibraryDashboard implements DashboardSection {

    private final Library library;

    LibraryDashboard(Library library) {
        this.library = library;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String titleKey() {
        return "library.dashboard.title";
    }

    @Override
    public List<Link> links(Authentication person) {
        List<Link> links = new ArrayList<>();
        links.add(new Link("/library", "library.dashboard.search"));
        HarambeeUser user = HarambeeUser.of(person).orElse(null);
        if (Library.maySubmit(user)) {
            links.add(new Link("/library/submit", "library.dashboard.submit"));
            links.add(new Link("/library/mine", "library.mine.title"));
        }
        if (DashboardSection.isStaff(person)) {
            links.add(new Link("/staff/library", "library.dashboard.review", library.waitingCount(user)));
            links.add(new Link("/staff/library/collections", "library.collection.manage"));
        }
        return links;
    }
}
