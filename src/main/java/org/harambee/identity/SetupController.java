package org.harambee.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.harambee.site.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The first administrator's setup link, printed in the log while there is no administrator. */
@Controller
class SetupController {

    private final FirstAdministrator firstAdministrator;
    private final Passwords passwords;
    private final SessionSignIn sessionSignIn;

    SetupController(FirstAdministrator firstAdministrator, Passwords passwords, SessionSignIn sessionSignIn) {
        this.firstAdministrator = firstAdministrator;
        this.passwords = passwords;
        this.sessionSignIn = sessionSignIn;
    }

    @GetMapping("/setup/{secret}")
    String show(@PathVariable String secret, Model model, HttpServletResponse response) {
        if (!firstAdministrator.usable(secret)) {
            return PasswordPages.linkInvalid(response);
        }
        model.addAttribute("form", new SetupForm());
        model.addAttribute("errors", FormErrors.none());
        return "identity/setup";
    }

    @PostMapping("/setup/{secret}")
    String complete(@PathVariable String secret, @Valid @ModelAttribute("form") SetupForm form, BindingResult errors,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!firstAdministrator.usable(secret)) {
            return PasswordPages.linkInvalid(response);
        }
        if (!errors.hasFieldErrors("email") && firstAdministrator.emailTaken(form.getEmail())) {
            errors.rejectValue("email", "setup.emailTaken");
        }
        form.check(passwords, form.getEmail(), errors);
        if (errors.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(errors));
            return "identity/setup";
        }
        return firstAdministrator.complete(secret, form).map(account -> {
            String landing = sessionSignIn.signIn(account, request, response);
            redirect.addFlashAttribute("notice", "setup.done");
            return "redirect:" + landing;
        }).orElseGet(() -> PasswordPages.linkInvalid(response));
    }
}
