package org.harambee.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.harambee.site.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The invitation link: the invited person chooses a password and is signed in. */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final Passwords passwords;
    private final SessionSignIn sessionSignIn;

    InvitationController(Invitations invitations, Passwords passwords, SessionSignIn sessionSignIn) {
        this.invitations = invitations;
        this.passwords = passwords;
        this.sessionSignIn = sessionSignIn;
    }

    @GetMapping("/invitation/{secret}")
    String show(@PathVariable String secret, Model model, HttpServletResponse response) {
        return invitations.invited(secret)
                .map(account -> PasswordPages.choose(model, "invitation", account, new NewPasswordForm(), FormErrors.none()))
                .orElseGet(() -> PasswordPages.linkInvalid(response));
    }

    @PostMapping("/invitation/{secret}")
    String accept(@PathVariable String secret, @ModelAttribute("form") NewPasswordForm form, BindingResult errors,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Account> invited = invitations.invited(secret);
        if (invited.isEmpty()) {
            return PasswordPages.linkInvalid(response);
        }
        form.check(passwords, invited.get().email(), errors);
        if (errors.hasErrors()) {
            return PasswordPages.choose(model, "invitation", invited.get(), form, FormErrors.of(errors));
        }
        return invitations.accept(secret, form.getPassword()).map(account -> {
            String landing = sessionSignIn.signIn(account, request, response);
            redirect.addFlashAttribute("notice", "invitation.accepted");
            return "redirect:" + landing;
        }).orElseGet(() -> PasswordPages.linkInvalid(response));
    }
}
