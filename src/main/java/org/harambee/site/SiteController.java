package org.harambee.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SiteController {

    private final List<NetworkFacts> facts;
    private final List<DashboardSection> sections;
    private final List<DashboardNeeds> needs;
    private final ObjectProvider<UnreadNotifications> unread;

    SiteController(List<NetworkFacts> facts, List<DashboardSection> sections, List<DashboardNeeds> needs,
            ObjectProvider<UnreadNotifications> unread) {
        this.facts = facts;
        this.sections = sections;
        this.needs = needs;
        this.unread = unread;
    }

    @GetMapping("/")
    String home(Authentication reader, Model model) {
        model.addAttribute("facts", facts.stream().flatMap(source -> source.facts(reader).stream()).toList());
        return "site/home";
    }

    /** What needs the person first (soonest due first, then the rest), then the links of every capability. */
    @GetMapping("/dashboard")
    String dashboard(Authentication person, Model model) {
        List<DashboardNeeds.Need> needed = new ArrayList<>();
        needs.forEach(source -> needed.addAll(source.needs(person)));
        UnreadNotifications notifications = unread.getIfAvailable();
        long unreadCount = notifications == null ? 0 : notifications.unread(person);
        if (unreadCount > 0) {
            needed.add(new DashboardNeeds.Need("/notifications", null, "dashboard.needs.unread", unreadCount));
        }
        needed.sort(Comparator.comparing(DashboardNeeds.Need::due, Comparator.nullsLast(Comparator.naturalOrder())));
        model.addAttribute("needs", needed);
        model.addAttribute("sections", sections.stream()
                .sorted(Comparator.comparingInt(DashboardSection::order))
                .map(section -> new DashboardSection.Shown(section.titleKey(), section.links(person)))
                .filter(section -> !section.links().isEmpty())
                .toList());
        return "site/dashboard";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "site/privacy";
    }
}
