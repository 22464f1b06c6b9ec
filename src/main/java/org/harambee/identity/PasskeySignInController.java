package org.harambee.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in with a passkey: alone, from the sign-in page, or as the second step after a password (then only the
 * person's own passkeys). The options a browser gets wait in the session for one answer; a passkey that passes
 * every check signs its holder in under a new session id, as a password and a code do, and leads to the page they
 * asked for. Each passkey shown counts against the sign-in limit per address; anything wrong returns to the
 * sign-in page with one message, which does not say what was wrong.
 */
@Controller
class PasskeySignInController {

    static final String PATH = "/login/passkey";
    private static final String OPTIONS = PasskeySignInController.class.getName() + ".OPTIONS";

    private final SecondFactors secondFactors;
    private final RelyingParty relyingParty;
    private final SecondStep secondStep;
    private final Accounts accounts;
    private final DeviceCookies devices;
    private final SessionSignIn sessionSignIn;
    private final AuditLog auditLog;
    private final SignInThrottle throttle;

    PasskeySignInController(SecondFactors secondFactors, RelyingParty relyingParty, SecondStep secondStep,
            Accounts accounts, DeviceCookies devices, SessionSignIn sessionSignIn, AuditLog auditLog,
            SignInThrottle throttle) {
        this.secondFactors = secondFactors;
        this.relyingParty = relyingParty;
        this.secondStep = secondStep;
        this.accounts = accounts;
        this.devices = devices;
        this.sessionSignIn = sessionSignIn;
        this.auditLog = auditLog;
        this.throttle = throttle;
    }

    @PostMapping(path = PATH + "/options", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> options(HttpServletRequest request) {
        PublicKeyCredentialRequestOptions options = secondFactors.signInOptions(
                secondStep.waiting(request).map(SecondStep.Waiting::accountId));
        request.getSession().setAttribute(OPTIONS, options);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .body(relyingParty.json(options));
    }

    @PostMapping(PATH)
    String signIn(@RequestParam(name = "credential", required = false) String credential,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        Object kept = session.getAttribute(OPTIONS);
        session.removeAttribute(OPTIONS);
        if (!(kept instanceof PublicKeyCredentialRequestOptions options) || credential == null
                || credential.length() > 20_000) {
            return "redirect:/login?passkey";
        }
        if (!SignInAddressLimit.admitted(throttle, request, response)) {
            return null;
        }
        UUID holder;
        try {
            holder = secondFactors.signInWithPasskey(options, credential);
        } catch (RelyingParty.Refused refused) {
            return refused(refused.getCause() == null ? refused.getMessage() : refused.getCause().getMessage());
        }
        Optional<UUID> waiting = secondStep.waiting(request).map(SecondStep.Waiting::accountId);
        Optional<Account> account = Optional.ofNullable(holder).flatMap(accounts::findById).filter(Account::canSignIn)
                .filter(found -> waiting.isEmpty() || waiting.get().equals(found.id()));
        if (account.isEmpty()) {
            return refused("its account cannot sign in here");
        }
        String email = account.get().email();
        secondStep.end(request);
        String next = sessionSignIn.signInAndContinue(account.get(), request, response);
        devices.issue(email, request, response);
        auditLog.recordAs(email, "sign-in.passkey", email, null);
        return "redirect:" + next;
    }

    private String refused(String why) {
        auditLog.recordAs(SignInAudit.UNKNOWN_ACCOUNT, "sign-in.passkey-refused", SignInAudit.UNKNOWN_ACCOUNT, why);
        return "redirect:/login?passkey";
    }
}
