package org.harambee.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    /** The longest wait the sign-in throttle can ask for: the rest of an hour. */
    private static final long LONGEST_WAIT_SECONDS = 3600;

    /**
     * The sign-in form; after a wrong password it says so, and after an attempt the throttle refused (the password
     * was not checked) it says how many minutes to wait ({@code wait}, in seconds); when the time for the second step
     * ran out ({@code expired}), it says to sign in again; when a passkey did not sign in ({@code passkey}), it says
     * so.
     */
    @GetMapping("/login")
    String signIn(@RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "wait", required = false) String wait,
            @RequestParam(name = "expired", required = false) String expired,
            @RequestParam(name = "passkey", required = false) String passkey, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("expired", expired != null);
        model.addAttribute("passkeyFailed", passkey != null);
        model.addAttribute("waitMinutes", minutes(wait));
        return "identity/login";
    }

    /** Whole minutes, rounded up; 0 when there is nothing (sensible) to wait for. */
    private static long minutes(String seconds) {
        if (seconds == null || !seconds.matches("[0-9]{1,6}")) {
            return 0;
        }
        long wait = Math.min(Long.parseLong(seconds), LONGEST_WAIT_SECONDS);
        return (wait + 59) / 60;
    }
}
