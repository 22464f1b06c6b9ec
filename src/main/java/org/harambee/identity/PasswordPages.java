package org.harambee.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.harambee.site.FormErrors;
import org.springframework.ui.Model;

/** The pages shared by every link that sets a password. */
final class PasswordPages {

    private PasswordPages() {
    }

    /** The form to choose a password; {@code kind} ("invitation", "reset") picks the page's texts. */
    static String choose(Model model, String kind, Account account, NewPasswordForm form, FormErrors errors) {
        model.addAttribute("kind", kind);
        model.addAttribute("name", account.displayName());
        model.addAttribute("email", account.email());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("askCurrent", form instanceof ChangePasswordForm);
        return "identity/choose-password";
    }

    /** The same form for a signed-in person changing their password, who first gives the current one. */
    static String change(Model model, Account account, ChangePasswordForm form, FormErrors errors) {
        return choose(model, "change", account, form, errors);
    }

    /** Unknown, expired, used or revoked: one clear page, and nothing changed. */
    static String linkInvalid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "identity/link-invalid";
    }
}
