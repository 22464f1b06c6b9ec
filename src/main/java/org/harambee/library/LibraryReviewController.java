package org.harambee.library;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.FormErrors;
import org.harambee.site.OnRefusal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff review submitted resources (publish, or decline with a reason) and edit any resource. */
@Controller
class LibraryReviewController {

    private final Library library;
    private final LibraryPages pages;

    LibraryReviewController(Library library, LibraryPages pages) {
        this.library = library;
        this.pages = pages;
    }

    @GetMapping("/staff/library")
    String queue(@AuthenticationPrincipal HarambeeUser staff, Model model) {
        model.addAttribute("waiting", library.waiting(staff));
        return "library/review";
    }

    @PostMapping("/staff/library/{id}/publish")
    @OnRefusal("/staff/library")
    String publish(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser staff, RedirectAttributes redirect) {
        library.publish(id, staff);
        redirect.addFlashAttribute("notice", "library.review.published");
        return "redirect:/staff/library";
    }

    @PostMapping("/staff/library/{id}/decline")
    @OnRefusal("/staff/library")
    String decline(@PathVariable Long id, @RequestParam(name = "reason", defaultValue = "") String reason,
            @AuthenticationPrincipal HarambeeUser staff, RedirectAttributes redirect) {
        library.decline(id, reason, staff);
        redirect.addFlashAttribute("notice", "library.review.declined");
        return "redirect:/staff/library";
    }

    @GetMapping("/staff/library/{id}/edit")
    String edit(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser staff, Locale locale, Model model) {
        ResourceView resource = library.find(id, staff);
        return editPage(resource, ResourceForm.of(resource), FormErrors.none(), staff, locale, model);
    }

    @PostMapping("/staff/library/{id}/edit")
    String save(@PathVariable Long id, @Valid @ModelAttribute("form") ResourceForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser staff, Locale locale, Model model, RedirectAttributes redirect) {
        ResourceView resource = library.find(id, staff);
        if (form.lacksGroupAmong(LibraryPages.ids(pages.groupChoices(staff, resource.groupId(), locale)))) {
            result.rejectValue("groupId", "library.group.choose");
        }
        if (result.hasErrors()) {
            return editPage(resource, form, FormErrors.of(result), staff, locale, model);
        }
        Set<Long> authors = resource.authorOrganizations();
        form.setAuthorOrganizations(List.copyOf(authors));
        ResourceDescription description = form.description(LibraryPages.LANGUAGES::contains, authors::contains,
                pages::knownIssueArea, pages::knownInstrument);
        library.describe(resource.id(), description, staff);
        redirect.addFlashAttribute("notice", "library.edit.saved");
        return "redirect:/library/" + resource.id();
    }

    private String editPage(ResourceView resource, ResourceForm form, FormErrors errors, HarambeeUser staff,
            Locale locale, Model model) {
        model.addAttribute("resource", resource);
        model.addAttribute("groups", pages.groupChoices(staff, resource.groupId(), locale));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("options", pages.options(locale));
        return "library/edit";
    }
}
