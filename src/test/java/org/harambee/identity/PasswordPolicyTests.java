package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    private Optional<String> refusal(String password) {
        return policy.check(password, "ana.perez@example.org").map(PasswordPolicy.Refusal::code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lentil soup at dawn", "river-stone-7-lantern", "Mi casa es tu casa, dijo Rosa",
            "çava ñandú 日本語 パスワード", "kq9#Lz2!vR8&"})
    void acceptsLongPasswordsWithoutCompositionRules(String password) {
        assertThat(refusal(password)).isEmpty();
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertThat(refusal("")).contains("password.tooShort");
        assertThat(refusal(null)).contains("password.tooShort");
        assertThat(refusal("short pass1")).contains("password.tooShort");
        assertThat(refusal("short pass12")).isEmpty();
        assertThat(policy.check("short", null).orElseThrow().args()).containsExactly(12);
    }

    @Test
    void countsCharactersNotCodeUnits() {
        String elevenEmoji = "🌱🌻🌵🌴🍀🌿🍁🌾🌼🌷🌹";
        assertThat(elevenEmoji.length()).isEqualTo(22);
        assertThat(refusal(elevenEmoji)).contains("password.tooShort");
        assertThat(refusal(elevenEmoji + "🌸")).isEmpty();
    }

    @Test
    void refusesMoreThan128Characters() {
        String longest = "correct horse battery staple ".repeat(5).substring(0, 128);
        assertThat(refusal(longest)).isEmpty();
        assertThat(refusal(longest + "x")).contains("password.tooLong");
    }

    @Test
    void refusesTheEmailAddressIgnoringCase() {
        assertThat(refusal("Ana.Perez@Example.org")).contains("password.sameAsEmail");
        assertThat(refusal(" ana.perez@example.org ")).contains("password.sameAsEmail");
        assertThat(policy.check("ana.perez@example.org", null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "PASSWORD1234", "qwertyuiopas", "123456789012",
            "iloveyou1234", "letmein12345", "welcome12345", "Password 1234", "correct horse battery staple",
            "1q2w3e4r5t6y", "contraseña123", "teamo1234567", "blacklivesmatter", "passwordpassword",
            "harambee1234", "administrator"})
    void refusesCommonPasswords(String password) {
        assertThat(refusal(password)).contains("password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zzzzzzzzzzzzz", "............", "kgkgkgkgkgkgkg", "xyzxyzxyzxyz", "zq9zq9zq9zq9",
            "hello123hello123", "mnopqrstuvwxyz", "876543210987", "5678901234567", "aabbaabbaabb", "1212121212123"})
    void refusesVeryLowVarietyPasswords(String password) {
        assertThat(refusal(password)).contains("password.lowVariety");
    }

    @Test
    void theListIsSizeableAndNormalized() throws Exception {
        try (var in = getClass().getClassLoader().getResourceAsStream("identity/common-passwords.txt")) {
            var lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).toList();
            assertThat(lines).hasSizeGreaterThan(3000);
            assertThat(lines).allSatisfy(line -> {
                assertThat(line).isEqualTo(PasswordPolicy.normalize(line));
                assertThat(line.codePointCount(0, line.length())).isBetween(12, 128);
            });
        }
    }
}
