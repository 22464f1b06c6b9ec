package org.harambee.identity;

import org.harambee.site.FormErrors;
import org.harambee.site.Installation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's personal API tokens: the list, a form to create one, and a button to revoke each. A new
 * token is shown in the answer to the form and nowhere else: it is never stored, not even in the session.
 */
@Controller
class ApiTokenController {

    private final ApiAccess access;
    private final ApiRateLimiter limiter;
    private final String baseUrl;

    ApiTokenController(ApiAccess access, ApiRateLimiter limiter, Installation installation) {
        this.access = access;
        this.limiter = limiter;
        this.baseUrl = installation.address();
    }

    @GetMapping("/account/tokens")
    String show(@AuthenticationPrincipal HarambeeUser user, Model model) {
        return page(model, user, new ApiTokenForm(), FormErrors.none());
    }

    @PostMapping("/account/tokens")
    String create(@AuthenticationPrincipal HarambeeUser user, @ModelAttribute("form") ApiTokenForm form,
            BindingResult errors, Model model) {
        form.check(errors);
        if (errors.hasErrors()) {
            return page(model, user, form, FormErrors.of(errors));
        }
        try {
            ApiToken.Issued issued = access.create(user.accountId(), form.getName());
            model.addAttribute("newTokenName", issued.token().name());
            model.addAttribute("newToken", issued.secret());
            return page(model, user, new ApiTokenForm(), FormErrors.none());
        } catch (ApiToken.LimitReachedException full) {
            full.rejectInto(errors);
            return page(model, user, form, FormErrors.of(errors));
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal HarambeeUser user, @PathVariable long id, RedirectAttributes redirect) {
        access.revoke(user.accountId(), id);
        redirect.addFlashAttribute("notice", "apiTokens.revoked");
        return "redirect:/account/tokens";
    }

    private String page(Model model, HarambeeUser user, ApiTokenForm form, FormErrors errors) {
        model.addAttribute("tokens", access.liveTokens(user.accountId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("limit", ApiToken.MAX_LIVE_PER_ACCOUNT);
        model.addAttribute("perMinute", limiter.perMinuteForTokens());
        model.addAttribute("baseUrl", baseUrl);
        return "identity/api-tokens";
    }
}
