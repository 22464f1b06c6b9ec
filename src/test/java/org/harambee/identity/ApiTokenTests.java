package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiTokenTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final Account owner = member();

    @Test
    void aTokenIsRecognizableRandomAndOnlyItsHashIsKept() {
        ApiToken.Issued first = ApiToken.issue(owner.id(), "Newsletter sync", 0, NOW);
        ApiToken.Issued second = ApiToken.issue(owner.id(), "Newsletter sync", 1, NOW);

        assertThat(first.secret()).startsWith("hrb_").hasSize(4 + 43).isNotEqualTo(second.secret());
        assertThat(first.token().tokenHash()).isEqualTo(AccountToken.hash(first.secret()))
                .hasSize(64).doesNotContain(first.secret().substring(4));
        assertThat(ApiToken.hashOf(first.secret())).contains(first.token().tokenHash());
    }

    @Test
    void textThatCannotBeATokenIsNotLookedUp() {
        String secret = ApiToken.issue(owner.id(), "x", 0, NOW).secret();
        assertThat(ApiToken.hashOf(null)).isEmpty();
        assertThat(ApiToken.hashOf("")).isEmpty();
        assertThat(ApiToken.hashOf(secret.substring(4))).isEmpty();
        assertThat(ApiToken.hashOf(secret + "x")).isEmpty();
        assertThat(ApiToken.hashOf(secret.substring(0, 20) + " " + secret.substring(21))).isEmpty();
        assertThat(ApiToken.hashOf("hrb_' or 1=1 --")).isEmpty();
    }

    @Test
    void aTokenNeedsAShortOneLineName() {
        assertThat(ApiToken.nameProblem(null)).contains("apiTokens.name.required");
        assertThat(ApiToken.nameProblem("   ")).contains("apiTokens.name.required");
        assertThat(ApiToken.nameProblem("x".repeat(81))).contains("apiTokens.name.tooLong");
        assertThat(ApiToken.nameProblem("line one\nline two")).contains("apiTokens.name.invalid");
        assertThat(ApiToken.nameProblem("nul\u0000")).contains("apiTokens.name.invalid");
        assertThat(ApiToken.nameProblem(" " + "x".repeat(80) + " ")).isEmpty();
        assertThat(ApiToken.issue(owner.id(), "  Spreadsheet  ", 0, NOW).token().name()).isEqualTo("Spreadsheet");
        assertThatIllegalArgumentException().isThrownBy(() -> ApiToken.issue(owner.id(), "", 0, NOW));
    }

    @Test
    void anAccountHasAtMostTenLiveTokens() {
        assertThat(ApiToken.issue(owner.id(), "tenth", 9, NOW).token().live()).isTrue();
        assertThatExceptionOfType(ApiToken.LimitReachedException.class)
                .isThrownBy(() -> ApiToken.issue(owner.id(), "eleventh", 10, NOW));
    }

    @Test
    void aTokenActsForItsOwnerUntilRevokedOrTheAccountCannotSignIn() {
        ApiToken token = ApiToken.issue(owner.id(), "x", 0, NOW).token();
        assertThat(token.authenticates(owner)).isTrue();
        assertThat(token.authenticates(member())).isFalse();

        owner.disable();
        assertThat(token.authenticates(owner)).isFalse();
        owner.enable();
        assertThat(token.authenticates(owner)).isTrue();

        assertThat(token.revoke(NOW.plusSeconds(1))).isTrue();
        assertThat(token.revoke(NOW.plusSeconds(2))).isFalse();
        assertThat(token.live()).isFalse();
        assertThat(token.authenticates(owner)).isFalse();
    }

    @Test
    void aUseIsWrittenDownAtMostOnceAMinute() {
        ApiToken token = ApiToken.issue(owner.id(), "x", 0, NOW).token();
        assertThat(token.lastUsedAt()).isNull();
        token.used(NOW);
        token.used(NOW.plusSeconds(59));
        assertThat(token.lastUsedAt()).isEqualTo(NOW);
        token.used(NOW.plus(Duration.ofMinutes(1)));
        assertThat(token.lastUsedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
    }

    private static Account member() {
        Account account = new Account(UUID.randomUUID() + "@example.org", "Member", Set.of(Role.MEMBER), NOW);
        account.changePassword("{noop}unused", NOW);
        return account;
    }
}
