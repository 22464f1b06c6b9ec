package org.harambee.governance;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Receipt codes: 80 random bits as sixteen characters of Crockford's base 32 in four groups (no I, L, O or U, so
 * nothing is misread), such as {@code 7KQ2-M9XD-3FVA-8TRP}. A code read back is normalized: any case, O read as 0,
 * I and L as 1, spaces and dashes anywhere.
 */
final class Receipts {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private Receipts() {
    }

    static String next(SecureRandom random) {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(32)));
        }
        return code.toString();
    }

    /** The code as it is kept, or null when this cannot be one. */
    static String normalized(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
        if (plain.length() != 16 || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8, 12) + "-"
                + plain.substring(12);
    }
}
