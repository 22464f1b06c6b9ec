package org.harambee.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.harambee.site.InstallationKey;
import org.springframework.stereotype.Component;

/**
 * Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): a browser in which someone signed
 * in to an account gets a cookie naming a random device id, signed with HMAC-SHA256 together with the account's
 * address (which the cookie does not contain). Presented with a password for that address, it gives the browser its
 * own allowance of sign-in attempts, which an attacker elsewhere cannot use up. The signature is the installation's
 * ({@link InstallationKey}), so every node accepts every node's cookies and nobody who reads the database can forge
 * one.
 */
@Component
class DeviceCookies {

    static final String NAME = "harambee_device";
    static final Duration LIFETIME = Duration.ofDays(365);
    private static final String PURPOSE = "sign-in device";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InstallationKey installationKey;

    DeviceCookies(InstallationKey installationKey) {
        this.installationKey = installationKey;
    }

    /** Gives this browser a device cookie for the account it just signed in to (replacing any other). */
    void issue(String email, HttpServletRequest request, HttpServletResponse response) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String device = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        Cookie cookie = new Cookie(NAME, device + "." + installationKey.sign(PURPOSE, signed(device, email)));
        cookie.setPath("/login");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    /** The device id of this request's cookie, when the cookie is genuine and was given for this address. */
    Optional<String> deviceOf(String cookieValue, String email) {
        if (cookieValue == null || email == null) {
            return Optional.empty();
        }
        int dot = cookieValue.indexOf('.');
        if (dot < 1 || dot > 64) {
            return Optional.empty();
        }
        String device = cookieValue.substring(0, dot);
        return installationKey.verifies(PURPOSE, signed(device, email), cookieValue.substring(dot + 1))
                ? Optional.of(device) : Optional.empty();
    }

    /** The device cookie this request carries, if any. */
    static String cookieOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** What a device cookie's signature covers: its device id and the address it was given for. */
    private static String signed(String device, String email) {
        return device + "\n" + Account.normalize(email);
    }
}
