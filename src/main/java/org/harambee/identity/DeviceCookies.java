package org.harambee.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): a browser in which someone signed
 * in to an account gets a cookie naming a random device id, signed with HMAC-SHA256 together with the account's
 * address (which the cookie does not contain). Presented with a password for that address, it gives the browser its
 * own allowance of sign-in attempts, which an attacker elsewhere cannot use up. The signing key is made by the first
 * node that needs it and kept in the database, so every node accepts every node's cookies.
 */
@Component
class DeviceCookies {

    static final String NAME = "harambee_device";
    static final Duration LIFETIME = Duration.ofDays(365);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private volatile SecretKeySpec key;

    DeviceCookies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Gives this browser a device cookie for the account it just signed in to (replacing any other). */
    void issue(String email, HttpServletRequest request, HttpServletResponse response) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String device = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        Cookie cookie = new Cookie(NAME, device + "." + signature(device, email));
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
        byte[] expected = signature(device, email).getBytes(StandardCharsets.US_ASCII);
        byte[] given = cookieValue.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(device) : Optional.empty();
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

    private String signature(String device, String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] signed = mac.doFinal((device + "\n" + Account.normalize(email)).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is always available", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            known = new SecretKeySpec(HexFormat.of().parseHex(storedKey()), "HmacSHA256");
            key = known;
        }
        return known;
    }

    /** The key in the database; the first node to need it makes it, and a node that loses that race reads it. */
    private String storedKey() {
        List<String> found = jdbc.queryForList("select secret from sign_in_device_key where id = 1", String.class);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        try {
            jdbc.update("insert into sign_in_device_key (id, secret) values (1, ?)", HexFormat.of().formatHex(bytes));
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return jdbc.queryForObject("select secret from sign_in_device_key where id = 1", String.class);
        }
        return HexFormat.of().formatHex(bytes);
    }
}
