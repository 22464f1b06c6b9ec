package org.harambee.identity;

import java.time.Instant;

/** What a person's authenticator app does with the key a page showed them: for tests of any capability. */
public final class AuthenticatorApp {

    private AuthenticatorApp() {
    }

    /** The key, from the Base32 text a page shows (spaces left out). */
    public static byte[] key(String base32) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String text = base32.replace(" ", "");
        byte[] bytes = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int at = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bytes[at++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return bytes;
    }

    /** The six digits the app shows at that moment. */
    public static String codeAt(byte[] key, Instant at) {
        return Totp.code(key, Totp.stepAt(at));
    }
}
