package org.harambee.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountTokenTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void eachPurposeHasItsOwnValidity() {
        assertThat(AccountToken.issue(UUID.randomUUID(), AccountToken.Purpose.INVITATION, NOW).token().expiresAt())
                .isEqualTo(NOW.plus(Duration.ofDays(14)));
        assertThat(AccountToken.issue(UUID.randomUUID(), AccountToken.Purpose.PASSWORD_RESET, NOW).token().expiresAt())
                .isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(AccountToken.issue(null, AccountToken.Purpose.SETUP, NOW).token().expiresAt())
                .isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void aResetLinkWorksForOneHourOnly() {
        AccountToken token = AccountToken.issue(UUID.randomUUID(), AccountToken.Purpose.PASSWORD_RESET, NOW).token();
        assertThat(token.usableAt(NOW)).isTrue();
        assertThat(token.usableAt(NOW.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(token.usableAt(NOW.plus(Duration.ofHours(1)))).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> token.use(NOW.plus(Duration.ofHours(2))));
    }

    @Test
    void aTokenCanBeUsedOnce() {
        AccountToken token = AccountToken.issue(UUID.randomUUID(), AccountToken.Purpose.INVITATION, NOW).token();
        token.use(NOW.plusSeconds(5));
        assertThat(token.usableAt(NOW.plusSeconds(6))).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> token.use(NOW.plusSeconds(7)));
    }

    @Test
    void aRevokedTokenCannotBeUsed() {
        AccountToken token = AccountToken.issue(UUID.randomUUID(), AccountToken.Purpose.PASSWORD_RESET, NOW).token();
        token.revoke(NOW.plusSeconds(1));
        assertThat(token.usableAt(NOW.plusSeconds(2))).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> token.use(NOW.plusSeconds(3)));
    }

    @Test
    void onlyTheHashIsKeptAndTheSecretIsUnguessable() {
        AccountToken.Issued first = AccountToken.issue(UUID.randomUUID(), AccountToken.Purpose.INVITATION, NOW);
        AccountToken.Issued second = AccountToken.issue(UUID.randomUUID(), AccountToken.Purpose.INVITATION, NOW);
        assertThat(first.secret()).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(second.secret());
        assertThat(AccountToken.hashOf(first.secret())).contains(AccountToken.hash(first.secret()));
        assertThat(AccountToken.hash(first.secret())).hasSize(64).doesNotContain(first.secret());
    }

    @Test
    void textThatCannotBeASecretIsNotLookedUp() {
        assertThat(AccountToken.hashOf(null)).isEmpty();
        assertThat(AccountToken.hashOf("short")).isEmpty();
        assertThat(AccountToken.hashOf("x".repeat(43) + "'; drop table account; --")).isEmpty();
        assertThat(AccountToken.hashOf("<script>alert(1)</script>xxxxxxxxxxxxxxxxxx")).isEmpty();
    }

    @Test
    void onlyTheSetupLinkBelongsToNoAccount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AccountToken.issue(null, AccountToken.Purpose.PASSWORD_RESET, NOW));
    }
}
