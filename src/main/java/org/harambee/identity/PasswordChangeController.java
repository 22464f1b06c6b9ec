package org.harambee.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.harambee.site.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person changes their password. Their other sessions end (a stolen session cookie stops
 * working); this one continues in a fresh session.
 */
@Controller
class PasswordChangeController {

    private final Passwords passwords;
    private final Accounts accounts;
    private final AuditLog auditLog;
    private final SessionSignIn sessionSignIn;

    PasswordChangeController(Passwords passwords, Accounts accounts, AuditLog auditLog, SessionSignIn sessionSignIn) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.sessionSignIn = sessionSignIn;
    }

    @GetMapping("/account/password")
    String show(@AuthenticationPrincipal HarambeeUser user, Model model) {
        Account account = accounts.findById(user.accountId()).orElseThrow();
        return PasswordPages.change(model, account, new ChangePasswordForm(), FormErrors.none());
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal HarambeeUser user, @ModelAttribute("form") ChangePasswordForm form,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        Account account = accounts.findById(user.accountId()).orElseThrow();
        form.check(passwords, account, errors);
        if (errors.hasErrors()) {
            auditLog.record("password.change-refused", account.email(), null);
            return PasswordPages.change(model, account, form, FormErrors.of(errors));
        }
        Account changed = passwords.change(account.id(), form.getPassword());
        auditLog.record("password.changed", changed.email(), null);
        sessionSignIn.signIn(changed, request, response);
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/dashboard";
    }
}
