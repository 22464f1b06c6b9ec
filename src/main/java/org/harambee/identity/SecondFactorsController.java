package org.harambee.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.harambee.mail.Letters;
import org.harambee.site.FormErrors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own two-step sign-in ({@code /account/security}): adding passkeys (named; made by the browser with the
 * options asked for first) and removing them, adding an authenticator app (its key as a QR code drawn here and as
 * text, confirmed by a code of it), removing it, and new recovery codes; each asks for the password again. New
 * recovery codes are shown in the answer only, never kept, never cached. Every change ends the person's other
 * sessions; this one goes on in a fresh session.
 */
@Controller
class SecondFactorsController {

    static final String PATH = "/account/security";
    private static final String CANDIDATE = SecondFactorsController.class.getName() + ".CANDIDATE";
    private static final String PASSKEY = SecondFactorsController.class.getName() + ".PASSKEY";
    private static final int LABEL_LENGTH = 60;

    private final SecondFactors secondFactors;
    private final Accounts accounts;
    private final Passwords passwords;
    private final SessionSignIn sessionSignIn;
    private final Letters letters;

    SecondFactorsController(SecondFactors secondFactors, Accounts accounts, Passwords passwords,
            SessionSignIn sessionSignIn, Letters letters) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessionSignIn = sessionSignIn;
        this.letters = letters;
    }

    @GetMapping("/account/security")
    String show(@AuthenticationPrincipal HarambeeUser user, Model model) {
        return page(user, model, FormErrors.none());
    }

    private String page(HarambeeUser user, Model model, FormErrors errors) {
        model.addAttribute("standing", secondFactors.standing(user.accountId()));
        model.addAttribute("wantingRoles", user.rolesWantingSecondFactor());
        model.addAttribute("errors", errors);
        return "identity/security";
    }

    /** A new key for an authenticator app, kept (sealed) in the session until a code of it is typed. */
    @GetMapping("/account/security/authenticator")
    String newAuthenticator(@AuthenticationPrincipal HarambeeUser user, HttpServletRequest request, Model model,
            HttpServletResponse response, Locale locale) {
        SecondFactors.Candidate candidate = secondFactors.candidate();
        request.getSession().setAttribute(CANDIDATE, candidate);
        return authenticatorPage(user, candidate, model, response, FormErrors.none(), locale);
    }

    @PostMapping("/account/security/authenticator")
    String addAuthenticator(@AuthenticationPrincipal HarambeeUser user,
            @RequestParam(name = "password", required = false) String password,
            @RequestParam(name = "code", required = false) String code, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        SecondFactors.Candidate candidate = session.getAttribute(CANDIDATE) instanceof SecondFactors.Candidate kept
                ? kept : null;
        if (candidate == null || secondFactors.secretOf(candidate).isEmpty()) {
            return "redirect:/account/security/authenticator";
        }
        Account account = accounts.findById(user.accountId()).orElseThrow();
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "form");
        if (!passwords.matches(account, password)) {
            errors.rejectValue("password", "security.password.wrong");
            return authenticatorPage(user, candidate, model, response, FormErrors.of(errors), locale);
        }
        Optional<List<String>> added = secondFactors.addAuthenticator(user.accountId(), candidate, code, locale);
        if (added.isEmpty()) {
            errors.rejectValue("code", "security.code.wrong");
            return authenticatorPage(user, candidate, model, response, FormErrors.of(errors), locale);
        }
        session.removeAttribute(CANDIDATE);
        sessionSignIn.signIn(accounts.findById(user.accountId()).orElseThrow(), request, response);
        if (added.get().isEmpty()) {
            redirect.addFlashAttribute("notice", "security.authenticator.added");
            return "redirect:/account/security";
        }
        return recoveryCodes(added.get(), "security.authenticator.added", model, response);
    }

    /**
     * Options for the browser to make a passkey with, once the name and password of the form are right (422 and no
     * options otherwise: the script then sends the form, whose answer says what is wrong, at the field). The
     * challenge waits in the session for the passkey.
     */
    @PostMapping(path = "/account/security/passkeys/options", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> passkeyOptions(@AuthenticationPrincipal HarambeeUser user,
            @RequestParam(name = "label", required = false) String label,
            @RequestParam(name = "passkeyPassword", required = false) String password, HttpServletRequest request) {
        if (passkeyForm(user, label, password).hasErrors()) {
            return ResponseEntity.unprocessableContent().cacheControl(CacheControl.noStore()).build();
        }
        SecondFactors.PasskeyCeremony ceremony = secondFactors.newPasskey(user.accountId());
        request.getSession().setAttribute(PASSKEY, ceremony.candidate());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .body(ceremony.options());
    }

    /** Keeps the passkey the browser made (in the hidden field {@code credential}), under the name given. */
    @PostMapping("/account/security/passkeys")
    String addPasskey(@AuthenticationPrincipal HarambeeUser user,
            @RequestParam(name = "label", required = false) String label,
            @RequestParam(name = "passkeyPassword", required = false) String password,
            @RequestParam(name = "credential", required = false) String credential, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        Object candidate = session.getAttribute(PASSKEY);
        session.removeAttribute(PASSKEY);
        MapBindingResult errors = passkeyForm(user, label, password);
        if (!errors.hasErrors() && (credential == null || credential.isBlank()
                || !(candidate instanceof SecondFactors.PasskeyCandidate))) {
            errors.reject("security.passkey.notMade");
        }
        if (errors.hasErrors()) {
            return refusedForm(user, model, response, errors);
        }
        List<String> codes;
        try {
            codes = secondFactors.addPasskey(user.accountId(), (SecondFactors.PasskeyCandidate) candidate,
                    credential, label.strip(), locale);
        } catch (RelyingParty.Refused refused) {
            errors.reject("security.passkey.refused");
            return refusedForm(user, model, response, errors);
        }
        sessionSignIn.signIn(accounts.findById(user.accountId()).orElseThrow(), request, response);
        if (codes.isEmpty()) {
            redirect.addFlashAttribute("notice", "security.passkey.added");
            return "redirect:/account/security";
        }
        return recoveryCodes(codes, "security.passkey.added", model, response);
    }

    private MapBindingResult passkeyForm(HarambeeUser user, String label, String password) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "form");
        String name = label == null ? "" : label.strip();
        if (name.isEmpty()) {
            errors.rejectValue("label", "security.passkey.label.missing");
        } else if (name.length() > LABEL_LENGTH || !name.codePoints().allMatch(c -> !Character.isISOControl(c)
                && Character.isDefined(c) && Character.getType(c) != Character.SURROGATE)) {
            errors.rejectValue("label", "security.passkey.label.wrong", new Object[] {LABEL_LENGTH}, null);
        }
        if (!passwords.matches(accounts.findById(user.accountId()).orElseThrow(), password)) {
            errors.rejectValue("passkeyPassword", "security.password.wrong");
        }
        return errors;
    }

    @PostMapping("/account/security/passkeys/remove")
    String removePasskey(@AuthenticationPrincipal HarambeeUser user,
            @RequestParam(name = "passkey", required = false) String passkey,
            @RequestParam(name = "password", required = false) String password, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        if (!passwords.matches(accounts.findById(user.accountId()).orElseThrow(), password)) {
            return wrongPassword(user, model, response);
        }
        if (passkey != null && secondFactors.removePasskey(user.accountId(), passkey, locale)) {
            sessionSignIn.signIn(accounts.findById(user.accountId()).orElseThrow(), request, response);
            redirect.addFlashAttribute("notice", "security.passkey.removed");
        }
        return "redirect:/account/security";
    }

    @PostMapping("/account/security/authenticator/remove")
    String removeAuthenticator(@AuthenticationPrincipal HarambeeUser user,
            @RequestParam(name = "password", required = false) String password, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        Account account = accounts.findById(user.accountId()).orElseThrow();
        if (!passwords.matches(account, password)) {
            return wrongPassword(user, model, response);
        }
        if (account.hasSecondFactor()) {
            secondFactors.removeAuthenticator(user.accountId(), locale);
            sessionSignIn.signIn(accounts.findById(user.accountId()).orElseThrow(), request, response);
        }
        redirect.addFlashAttribute("notice", "security.authenticator.removed");
        return "redirect:/account/security";
    }

    @PostMapping("/account/security/recovery-codes")
    String newRecoveryCodes(@AuthenticationPrincipal HarambeeUser user,
            @RequestParam(name = "password", required = false) String password, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        Account account = accounts.findById(user.accountId()).orElseThrow();
        if (!passwords.matches(account, password)) {
            return wrongPassword(user, model, response);
        }
        if (!account.hasSecondFactor()) {
            return "redirect:/account/security";
        }
        List<String> codes = secondFactors.newRecoveryCodes(user.accountId(), locale);
        sessionSignIn.signIn(accounts.findById(user.accountId()).orElseThrow(), request, response);
        return recoveryCodes(codes, "security.recoveryCodes.made", model, response);
    }

    private String wrongPassword(HarambeeUser user, Model model, HttpServletResponse response) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "form");
        errors.rejectValue("password", "security.password.wrong");
        return refusedForm(user, model, response, errors);
    }

    private String refusedForm(HarambeeUser user, Model model, HttpServletResponse response,
            MapBindingResult errors) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(user, model, FormErrors.of(errors));
    }

    private String authenticatorPage(HarambeeUser user, SecondFactors.Candidate candidate, Model model,
            HttpServletResponse response, FormErrors errors, Locale locale) {
        byte[] secret = secondFactors.secretOf(candidate).orElseThrow();
        response.setHeader("Cache-Control", "no-store");
        if (errors.any()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        String address = Totp.address(letters.networkName(), user.email(), secret);
        model.addAttribute("qrCode", QrCodes.svg(address, letters.text("security.qr.label", locale)));
        model.addAttribute("secret", Totp.base32(secret).replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("errors", errors);
        return "identity/authenticator";
    }

    private static String recoveryCodes(List<String> codes, String notice, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("codes", codes);
        model.addAttribute("done", notice);
        return "identity/recovery-codes";
    }
}
