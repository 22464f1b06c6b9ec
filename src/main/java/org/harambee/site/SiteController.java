package org.harambee.site;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SiteController {

    private final List<NetworkFacts> facts;
    private final List<DashboardSection> sections;

    SiteController(List<NetworkFacts> facts, List<DashboardSection> sections) {
        this.facts = facts;
        this.sections = sections;
    }

    @GetMapping("/")
    String home(Authentication reader, Model model) {
        model.addAttribute("facts", facts.stream().flatMap(source -> source.facts(reader).stream()).toList());
        return "site/home";
    }

    @GetMapping("/dashboard")
    String dashboard(Authentication person, Model model) {
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
