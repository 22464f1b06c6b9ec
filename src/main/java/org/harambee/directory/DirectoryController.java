package org.harambee.directory;

import java.util.Locale;
import org.harambee.identity.HarambeeUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The directory: search, facets and results, all in the address; the map of the same query. */
@Controller
class DirectoryController {

    private final DirectorySearch search;
    private final DirectoryPages pages;

    DirectoryController(DirectorySearch search, DirectoryPages pages) {
        this.search = search;
        this.pages = pages;
    }

    @GetMapping("/directory")
    String directory(@RequestParam MultiValueMap<String, String> parameters,
            @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        Audience audience = Audience.of(user);
        DirectoryResults results = search.search(DirectoryQuery.of(parameters), audience, DirectorySearch.PAGE_SIZE);
        model.addAttribute("directory", pages.view(results, locale));
        model.addAttribute("audience", audience);
        return "directory/directory";
    }

    @GetMapping("/directory/map")
    String map(@RequestParam MultiValueMap<String, String> parameters, @AuthenticationPrincipal HarambeeUser user,
            Locale locale, Model model) {
        Audience audience = Audience.of(user);
        DirectoryResults results = search.search(DirectoryQuery.of(parameters).onPage(0), audience, 0);
        model.addAttribute("directory", pages.view(results, locale));
        model.addAttribute("map", pages.map(results, locale));
        model.addAttribute("audience", audience);
        return "directory/map";
    }
}
