package org.harambee.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.harambee.site.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of a sign-in: the code of the person's authenticator app, or one of their recovery codes. A plain
 * form (no script needed); attempts are paced by the sign-in throttle as passwords are, never locking the owner out.
 * Passing it signs the person in and leads to the page they asked for.
 */
@Controller
class SecondStepController {

    static final String PATH = "/login/code";

    private final SecondStep secondStep;
    private final SecondFactors secondFactors;
    private final SignInThrottle throttle;
    private final DeviceCookies devices;
    private final Accounts accounts;
    private final SessionSignIn sessionSignIn;
    private final AuditLog auditLog;

    SecondStepController(SecondStep secondStep, SecondFactors secondFactors, SignInThrottle throttle,
            DeviceCookies devices, Accounts accounts, SessionSignIn sessionSignIn, AuditLog auditLog) {
        this.secondStep = secondStep;
        this.secondFactors = secondFactors;
        this.throttle = throttle;
        this.devices = devices;
        this.accounts = accounts;
        this.sessionSignIn = sessionSignIn;
        this.auditLog = auditLog;
    }

    @GetMapping(PATH)
    String show(HttpServletRequest request, Model model) {
        Optional<SecondStep.Waiting> waiting = secondStep.waiting(request);
        if (waiting.isEmpty()) {
            return "redirect:/login?expired";
        }
        return page(waiting.get(), model, FormErrors.none(), 0);
    }

    @PostMapping(PATH)
    String prove(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        Optional<SecondStep.Waiting> waiting = secondStep.waiting(request);
        if (waiting.isEmpty()) {
            return "redirect:/login?expired";
        }
        String email = waiting.get().email();
        String device = devices.deviceOf(DeviceCookies.cookieOf(request), email).orElse(null);
        SignInThrottle.Admission admission = throttle.admitSecondStep(email, device);
        if (!admission.admitted()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return page(waiting.get(), model, FormErrors.none(), (admission.retryAfterSeconds() + 59) / 60);
        }
        Optional<Account> account = accounts.findById(waiting.get().accountId()).filter(Account::canSignIn)
                .filter(found -> Objects.equals(found.passwordChangedAt(), waiting.get().passwordChangedAt()));
        if (account.isEmpty()) {
            secondStep.end(request);
            return "redirect:/login?expired";
        }
        Optional<SecondFactors.Proof> proof = secondFactors.prove(waiting.get().accountId(), code, locale);
        if (proof.isEmpty()) {
            auditLog.recordAs(email, "sign-in.second-step-failed", email, null);
            MapBindingResult errors = new MapBindingResult(Map.of(), "form");
            errors.rejectValue("code", "secondStep.code.wrong");
            return page(waiting.get(), model, FormErrors.of(errors), 0);
        }
        throttle.secondStepSucceeded(email, device);
        secondStep.end(request);
        String next = sessionSignIn.signInAndContinue(account.get(), request, response);
        auditLog.recordAs(email, "sign-in.second-step", email, proof.get() == SecondFactors.Proof.RECOVERY_CODE
                ? "with a recovery code" : "with an authenticator app");
        return "redirect:" + next;
    }

    /** The form for a code, and the button for a passkey when the person has one. */
    private String page(SecondStep.Waiting waiting, Model model, FormErrors errors, long waitMinutes) {
        model.addAttribute("passkeys", !secondFactors.standing(waiting.accountId()).passkeys().isEmpty());
        model.addAttribute("errors", errors);
        model.addAttribute("waitMinutes", waitMinutes);
        return "identity/second-step";
    }
}
