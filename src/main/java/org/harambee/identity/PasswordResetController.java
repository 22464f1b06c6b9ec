package org.harambee.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.harambee.site.FormErrors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Forgot your password?" and the reset link. The request page answers the same whether or not the
 * address has an account, and the work (and e-mail) happens off the request thread so that the answer's
 * timing says nothing either.
 */
@Controller
class PasswordResetController {

    private final PasswordResets resets;
    private final Passwords passwords;
    private final SessionSignIn sessionSignIn;
    private final SecondStep secondStep;
    private final Executor background;

    PasswordResetController(PasswordResets resets, Passwords passwords, SessionSignIn sessionSignIn,
            SecondStep secondStep, @Qualifier("applicationTaskExecutor") Executor background) {
        this.resets = resets;
        this.passwords = passwords;
        this.sessionSignIn = sessionSignIn;
        this.secondStep = secondStep;
        this.background = background;
    }

    @GetMapping("/password/forgot")
    String forgot(Model model) {
        model.addAttribute("form", new ForgotPasswordForm());
        model.addAttribute("errors", FormErrors.none());
        return "identity/forgot-password";
    }

    @PostMapping("/password/forgot")
    String requestLink(@Valid @ModelAttribute("form") ForgotPasswordForm form, BindingResult errors, Model model,
            HttpServletRequest request, Locale locale) {
        if (errors.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(errors));
            return "identity/forgot-password";
        }
        String email = form.getEmail();
        String from = request.getRemoteAddr();
        background.execute(() -> resets.request(email, locale, from));
        return "redirect:/password/forgot/sent";
    }

    @GetMapping("/password/forgot/sent")
    String sent() {
        return "identity/forgot-password-sent";
    }

    @GetMapping("/password/reset/{secret}")
    String show(@PathVariable String secret, Model model, HttpServletResponse response) {
        return resets.resettable(secret)
                .map(account -> PasswordPages.choose(model, "reset", account, new NewPasswordForm(), FormErrors.none()))
                .orElseGet(() -> PasswordPages.linkInvalid(response));
    }

    @PostMapping("/password/reset/{secret}")
    String reset(@PathVariable String secret, @ModelAttribute("form") NewPasswordForm form, BindingResult errors,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Account> resettable = resets.resettable(secret);
        if (resettable.isEmpty()) {
            return PasswordPages.linkInvalid(response);
        }
        form.check(passwords, resettable.get().email(), errors);
        if (errors.hasErrors()) {
            return PasswordPages.choose(model, "reset", resettable.get(), form, FormErrors.of(errors));
        }
        return resets.reset(secret, form.getPassword()).map(account -> {
            if (account.hasSecondFactor()) {
                secondStep.begin(new HarambeeUser(account, null), account.passwordChangedAt(), request);
                redirect.addFlashAttribute("notice", "reset.doneSecondStep");
                return "redirect:" + SecondStepController.PATH;
            }
            String landing = sessionSignIn.signIn(account, request, response);
            redirect.addFlashAttribute("notice", "reset.done");
            return "redirect:" + landing;
        }).orElseGet(() -> PasswordPages.linkInvalid(response));
    }
}
