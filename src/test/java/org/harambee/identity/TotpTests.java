package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238's own test vectors (Appendix B), and the rules Harambee adds: one step of drift, never the same step twice. */
class TotpTests {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    void theVectorsOfRfc6238AppendixB(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.stepAt(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(SHA1_SEED, step, "HmacSHA1", 8)).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, "HmacSHA256", 8)).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, "HmacSHA512", 8)).isEqualTo(sha512);
        assertThat(Totp.code(SHA1_SEED, step)).isEqualTo(sha1.substring(2));
    }

    @Test
    void aCodeIsAcceptedForNowAndOneStepEitherSideOnly() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.stepAt(now);
        for (long offset = -1; offset <= 1; offset++) {
            assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + offset), now, 0))
                    .hasValue(step + offset);
        }
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 2), now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 2), now, 0)).isEmpty();
        String code = Totp.code(SHA1_SEED, step);
        assertThat(Totp.matchingStep(SHA1_SEED, code.substring(0, 3) + " " + code.substring(3), now, 0))
                .as("typed with a space, as apps show it").hasValue(step);
    }

    @Test
    void aStepAcceptedOnceIsNeverAcceptedAgainNorAnyBeforeIt() {
        Instant now = Instant.ofEpochSecond(2_000_000_000);
        long step = Totp.stepAt(now);
        String code = Totp.code(SHA1_SEED, step);
        assertThat(Totp.matchingStep(SHA1_SEED, code, now, step)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now, step)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 1), now, step)).hasValue(step + 1);
    }

    @Test
    void whatIsNotSixDigitsIsNoCode() {
        Instant now = Instant.ofEpochSecond(59);
        for (String typed : new String[] {null, "", "12345", "1234567", "abcdef", "٩٤٢٨٧٠"}) {
            assertThat(Totp.matchingStep(SHA1_SEED, typed, now, 0)).isEmpty();
        }
    }

    @Test
    void theKeyIsWrittenInBase32AndTheAppsAddressNamesTheNetwork() {
        assertThat(Totp.base32(SHA1_SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.address("Red de Derechos", "ana@example.org", SHA1_SEED)).isEqualTo(
                "otpauth://totp/Red%20de%20Derechos:ana%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&issuer=Red%20de%20Derechos&algorithm=SHA1&digits=6&period=30");
    }
}
