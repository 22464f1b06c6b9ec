package org.harambee.identity;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238 over RFC 4226): HMAC-SHA1 of the number of
 * 30-second steps since the epoch, dynamically truncated to six digits. A code is accepted for the current step and
 * one step either side (clocks drift), compared in constant time, and only for a step later than the last one
 * accepted, so a code seen over someone's shoulder cannot be used again.
 */
final class Totp {

    static final long STEP_SECONDS = 30;
    static final int DIGITS = 6;
    /** Steps either side of now a code may be for. */
    static final int DRIFT = 1;
    /** 160 bits, the length RFC 4226 recommends for HMAC-SHA1. */
    static final int SECRET_BYTES = 20;

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The step an instant falls in. */
    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of a step, {@code digits} long, with the HMAC algorithm given ({@code HmacSHA1} for apps). */
    static String code(byte[] secret, long step, String algorithm, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is always available", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        long modulus = (long) Math.pow(10, digits);
        return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulus);
    }

    /** The six-digit code an authenticator app shows at this step. */
    static String code(byte[] secret, long step) {
        return code(secret, step, "HmacSHA1", DIGITS);
    }

    /**
     * The step whose code this is, among now and one step either side, later than {@code lastUsedStep}; empty when
     * it is none of them. Every candidate is compared, in constant time, whatever matched first.
     */
    static OptionalLong matchingStep(byte[] secret, String typed, Instant now, long lastUsedStep) {
        String code = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (!code.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        long found = Long.MIN_VALUE;
        for (long step = current - DRIFT; step <= current + DRIFT; step++) {
            boolean same = MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII));
            if (same && step > lastUsedStep) {
                found = step;
            }
        }
        return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /** The secret as authenticator apps take it typed: Base32 (RFC 4648), without padding. */
    static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(BASE32.charAt((buffer >> (bits - 5)) & 0x1f));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(BASE32.charAt((buffer << (5 - bits)) & 0x1f));
        }
        return text.toString();
    }

    /**
     * The {@code otpauth://} address an app reads from the QR code: the network as issuer, the person's e-mail
     * address as the account, the secret; SHA1, six digits, 30 seconds (what every app supports).
     */
    static String address(String issuer, String account, byte[] secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
