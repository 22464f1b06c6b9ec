package org.harambee.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable, following NIST SP 800-63B: long enough (12 to 128 characters), no
 * composition rules, and not one an attacker tries first: the person's own e-mail address, a commonly
 * used password, or a very low-variety one (one repeated character, a short repeated pattern, a
 * sequence such as "123456789012").
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final int MIN_DISTINCT_CHARACTERS = 4;
    private static final String COMMON_PASSWORDS = "identity/common-passwords.txt";

    /** Why a password was refused: a message code and its arguments, to show next to the field. */
    record Refusal(String code, Object... args) {
    }

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load(COMMON_PASSWORDS);
    }

    /** The reason to refuse this password for the account with this e-mail address, or empty when it is fine. */
    Optional<Refusal> check(String password, String email) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new Refusal("password.tooShort", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new Refusal("password.tooLong", MAX_LENGTH));
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            return Optional.of(new Refusal("password.sameAsEmail"));
        }
        String normalized = normalize(password);
        if (common.contains(normalized)) {
            return Optional.of(new Refusal("password.common"));
        }
        if (lowVariety(normalized)) {
            return Optional.of(new Refusal("password.lowVariety"));
        }
        return Optional.empty();
    }

    /** Lower case, without white space: "Password 1234" and "password1234" are the same guess. */
    static String normalize(String password) {
        return password.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static boolean lowVariety(String password) {
        int[] points = password.codePoints().toArray();
        return distinct(points) < MIN_DISTINCT_CHARACTERS || sequence(points)
                || repeatsShortPattern(points);
    }

    private static long distinct(int[] points) {
        return Arrays.stream(points).distinct().count();
    }

    /** Each character one after (or one before) the previous: "abcdefghijkl", "123456789012", "987654321098". */
    private static boolean sequence(int[] points) {
        return steps(points, 1) || steps(points, -1);
    }

    private static boolean steps(int[] points, int step) {
        for (int i = 1; i < points.length; i++) {
            int expected = points[i - 1] + step;
            boolean wrapsDigits = step > 0 ? points[i - 1] == '9' && points[i] == '0' : points[i - 1] == '0' && points[i] == '9';
            if (points[i] != expected && !wrapsDigits) {
                return false;
            }
        }
        return true;
    }

    /** The whole password is a shorter-than-allowed piece repeated: "abcabcabcabc", "hello123hello123". */
    private static boolean repeatsShortPattern(int[] points) {
        for (int unit = 1; unit < MIN_LENGTH && unit <= points.length / 2; unit++) {
            if (points.length % unit == 0 && repeats(points, unit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean repeats(int[] points, int unit) {
        for (int i = unit; i < points.length; i++) {
            if (points[i] != points[i - unit]) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load(String resource) {
        InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordPolicy::normalize).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
