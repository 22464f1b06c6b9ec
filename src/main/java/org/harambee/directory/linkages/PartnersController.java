package org.harambee.directory.linkages;

import java.util.Locale;
import org.harambee.identity.HarambeeUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Find partners" for an organization, for members; hiding a suggestion, for its representatives and staff. */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class PartnersController {

    private final PartnerSuggestions suggestions;

    PartnersController(PartnerSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/directory/partners/{slug}")
    String partners(@PathVariable String slug, @AuthenticationPrincipal HarambeeUser user, Locale locale, Model model) {
        model.addAttribute("partners", suggestions.partnersOf(slug, user, locale));
        return "directory/linkages/partners";
    }

    @PostMapping("/directory/partners/{slug}/hide")
    String hide(@PathVariable String slug, @RequestParam("partner") Long partner,
            @AuthenticationPrincipal HarambeeUser user, RedirectAttributes redirect) {
        suggestions.hide(slug, partner, user);
        redirect.addFlashAttribute("notice", "linkages.partners.hidden");
        return "redirect:/directory/partners/" + slug;
    }

    @PostMapping("/directory/partners/{slug}/hidden/{id}/show")
    String showAgain(@PathVariable String slug, @PathVariable Long id, @AuthenticationPrincipal HarambeeUser user,
            RedirectAttributes redirect) {
        suggestions.showAgain(slug, id, user);
        redirect.addFlashAttribute("notice", "linkages.partners.shownAgain");
        return "redirect:/directory/partners/" + slug;
    }
}
