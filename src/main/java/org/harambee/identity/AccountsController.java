package org.harambee.identity;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.site.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators find accounts, change their roles, disable and enable them, invite people, give a person a link
 * that sets their password (shown once, to them only), and reset the second factors of a person who lost theirs.
 */
@Controller
class AccountsController {

    static final int PAGE_SIZE = 25;

    private final AccountAdministration administration;
    private final Invitations invitations;
    private final HandedLinks handedLinks;
    private final SecondFactors secondFactors;

    AccountsController(AccountAdministration administration, Invitations invitations, HandedLinks handedLinks,
            SecondFactors secondFactors) {
        this.administration = administration;
        this.invitations = invitations;
        this.handedLinks = handedLinks;
        this.secondFactors = secondFactors;
    }

    @GetMapping("/admin/accounts")
    String list(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "role", required = false) String role,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        String search = text == null ? "" : text.length() > 254 ? text.substring(0, 254) : text;
        Role only = AccountAdministration.rolesOf(role == null ? List.of() : List.of(role)).stream().findFirst()
                .orElse(null);
        model.addAttribute("accounts", administration.search(search, only, page, PAGE_SIZE));
        model.addAttribute("q", search);
        model.addAttribute("role", only == null ? "" : only.name());
        return "identity/accounts";
    }

    @GetMapping("/admin/accounts/{id}")
    String show(@PathVariable UUID id, Model model) {
        return accountPage(id, model, false);
    }

    @PostMapping("/admin/accounts/{id}/roles")
    String changeRoles(@PathVariable UUID id, @RequestParam(name = "roles", required = false) List<String> roles,
            @RequestParam(name = "version", required = false) Long version, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        administration.find(id).orElseThrow(AccountsController::notFound);
        try {
            administration.changeRoles(id, version, AccountAdministration.rolesOf(roles));
        } catch (LastAdministratorException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return accountPage(id, model, true);
        }
        redirect.addFlashAttribute("notice", "accounts.rolesChanged");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{id}/disable")
    String disable(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        administration.find(id).orElseThrow(AccountsController::notFound);
        try {
            administration.disable(id);
        } catch (LastAdministratorException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return accountPage(id, model, true);
        }
        redirect.addFlashAttribute("notice", "accounts.disabled");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{id}/enable")
    String enable(@PathVariable UUID id, RedirectAttributes redirect) {
        administration.find(id).orElseThrow(AccountsController::notFound);
        administration.enable(id);
        redirect.addFlashAttribute("notice", "accounts.enabled");
        return "redirect:/admin/accounts/" + id;
    }

    /**
     * Shows the new link in this answer only: not through a redirect, which would keep it in the session, and
     * never cached by the browser. Reloading makes another link, which replaces this one.
     */
    @PostMapping("/admin/accounts/{id}/sign-in-link")
    String signInLink(@PathVariable UUID id, Model model, HttpServletResponse response) {
        AccountView account = administration.find(id).orElseThrow(AccountsController::notFound);
        response.setHeader("Cache-Control", "no-store");
        return handedLinks.issue(id).map(link -> {
            model.addAttribute("account", account);
            model.addAttribute("link", link);
            return "identity/sign-in-link";
        }).orElseGet(() -> {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return accountPage(id, model, false);
        });
    }

    /**
     * Removes every second factor of an account whose owner lost theirs, once an administrator has checked who they
     * are out of band (docs/identity.md): audited, the owner told by e-mail, their sessions and API tokens ended.
     */
    @PostMapping("/admin/accounts/{id}/second-factors/reset")
    String resetSecondFactors(@PathVariable UUID id, RedirectAttributes redirect) {
        AccountView account = administration.find(id).orElseThrow(AccountsController::notFound);
        if (!account.hasSecondFactor()) {
            redirect.addFlashAttribute("notice", "accounts.secondFactors.none");
            return "redirect:/admin/accounts/" + id;
        }
        secondFactors.reset(id);
        redirect.addFlashAttribute("notice", "accounts.secondFactors.reset");
        return "redirect:/admin/accounts/" + id;
    }

    @GetMapping("/admin/accounts/invite")
    String inviteForm(Model model) {
        model.addAttribute("form", new InviteForm());
        model.addAttribute("errors", FormErrors.none());
        return "identity/invite";
    }

    @PostMapping("/admin/accounts/invite")
    String invite(@Valid @ModelAttribute("form") InviteForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(errors));
            return "identity/invite";
        }
        UUID id = invitations.invite(form.getEmail().strip(), form.getDisplayName().strip(), form.getRole(),
                Locale.forLanguageTag(form.getLanguage()));
        redirect.addFlashAttribute("notice", "accounts.invited");
        return "redirect:/admin/accounts/" + id;
    }

    private String accountPage(UUID id, Model model, boolean lastAdministrator) {
        model.addAttribute("account", administration.find(id).orElseThrow(AccountsController::notFound));
        model.addAttribute("lastAdministrator", lastAdministrator);
        return "identity/account";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
