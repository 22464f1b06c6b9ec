package org.harambee.membership;

import java.util.HashSet;
import java.util.Locale;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.FormErrors;
import org.harambee.site.UniqueField;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An individual member's own membership page at {@code /membership}. */
@Controller
@PreAuthorize("isAuthenticated()")
class IndividualController {

    private final IndividualProfiles profiles;
    private final Taxonomy taxonomy;
    private final MessageSource messages;

    IndividualController(IndividualProfiles profiles, Taxonomy taxonomy, MessageSource messages) {
        this.profiles = profiles;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    @GetMapping("/membership")
    String show(@AuthenticationPrincipal HarambeeUser user, Model model, Locale locale) {
        return page(user, profiles.form(user), null, model, locale);
    }

    @PostMapping("/membership")
    String update(@AuthenticationPrincipal HarambeeUser user, @ModelAttribute("form") IndividualForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        if (UniqueField.save(() -> profiles.update(user, form.toProfile(), result), result, "email",
                "membership.email.taken").orElse(false)) {
            redirect.addFlashAttribute("notice", "membership.edit.saved");
            return "redirect:/membership";
        }
        return page(user, form, result, model, locale);
    }

    @PostMapping("/membership/withdraw")
    String withdraw(@AuthenticationPrincipal HarambeeUser user,
            @RequestParam(name = "confirm", defaultValue = "false") boolean confirm,
            @RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
        if (confirm) {
            profiles.withdraw(user, reason);
        }
        redirect.addFlashAttribute("notice", confirm ? "membership.withdraw.individual.done"
                : "membership.withdraw.unconfirmed");
        return "redirect:/membership";
    }

    private String page(HarambeeUser user, IndividualForm form, BindingResult result, Model model, Locale locale) {
        model.addAttribute("member", profiles.own(user));
        model.addAttribute("form", form);
        model.addAttribute("errors", result == null ? FormErrors.none() : FormErrors.of(result));
        model.addAttribute("choices", Choices.of(taxonomy, messages, locale, new HashSet<>(form.getIssueAreas())));
        return "membership/mine";
    }
}
