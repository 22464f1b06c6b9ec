package org.harambee.membership;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.FormErrors;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
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
        Optional<IndividualProfiles.Saved> saved = profiles.update(user, form.toProfile(), result);
        if (saved.isPresent()) {
            redirect.addFlashAttribute("notice", saved.get() == IndividualProfiles.Saved.ADDRESS_TO_CONFIRM
                    ? "membership.email.confirmationSent" : "membership.edit.saved");
            return "redirect:/membership";
        }
        return page(user, form, result, model, locale);
    }

    /** The link mailed to a new address: asks to confirm (a GET changes nothing; mail scanners follow links). */
    @GetMapping("/membership/email/{secret}")
    String confirmEmail(@AuthenticationPrincipal HarambeeUser user, @PathVariable String secret, Model model) {
        EmailConfirmations.Change change = profiles.emailChange(user, secret);
        model.addAttribute("to", change.to());
        model.addAttribute("from", change.from());
        model.addAttribute("secret", secret);
        return "membership/email-confirm";
    }

    @PostMapping("/membership/email/{secret}")
    String emailConfirmed(@AuthenticationPrincipal HarambeeUser user, @PathVariable String secret,
            RedirectAttributes redirect) {
        boolean changed;
        try {
            changed = profiles.confirmEmail(user, secret);
        } catch (DataIntegrityViolationException takenMeanwhile) {
            changed = false;
        }
        redirect.addFlashAttribute("notice", changed ? "membership.email.changed" : "membership.email.notChanged");
        return "redirect:/membership";
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
        model.addAttribute("member", profiles.facts(user));
        model.addAttribute("form", form);
        model.addAttribute("errors", result == null ? FormErrors.none() : FormErrors.of(result));
        model.addAttribute("choices", Choices.of(taxonomy, messages, locale, new HashSet<>(form.getIssueAreas())));
        return "membership/mine";
    }
}
