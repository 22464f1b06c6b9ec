package org.harambee.about;

import jakarta.validation.Valid;
import org.harambee.site.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff write the network pages: each save is a new version, and every earlier version can be read. */
@Controller
class StaffNetworkPagesController {

    private final NetworkPages pages;

    StaffNetworkPagesController(NetworkPages pages) {
        this.pages = pages;
    }

    @GetMapping("/staff/pages")
    String list(Model model) {
        model.addAttribute("current", pages.all());
        return "about/staff-pages";
    }

    @GetMapping("/staff/pages/{slug}")
    String edit(@PathVariable String slug, Model model) {
        NetworkPage page = page(slug);
        NetworkPageForm form = pages.current(page).map(NetworkPageText::asForm).orElseGet(NetworkPageForm::new);
        return editPage(page, form, FormErrors.none(), model);
    }

    @PostMapping("/staff/pages/{slug}")
    String save(@PathVariable String slug, @Valid @ModelAttribute("form") NetworkPageForm form, BindingResult result,
            Authentication editor, Model model, RedirectAttributes redirect) {
        NetworkPage page = page(slug);
        if (result.hasErrors()) {
            return editPage(page, form, FormErrors.of(result), model);
        }
        pages.revise(page, form, editor.getName());
        redirect.addFlashAttribute("notice", "about.edit.saved");
        return "redirect:" + page.address();
    }

    @GetMapping("/staff/pages/{slug}/versions/{number}")
    String version(@PathVariable String slug, @PathVariable int number, Model model) {
        NetworkPage page = page(slug);
        model.addAttribute("networkPage", page);
        model.addAttribute("text", pages.version(page, number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "about/version";
    }

    private String editPage(NetworkPage page, NetworkPageForm form, FormErrors errors, Model model) {
        model.addAttribute("networkPage", page);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("history", pages.history(page));
        return "about/edit";
    }

    private static NetworkPage page(String slug) {
        return NetworkPage.ofSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
