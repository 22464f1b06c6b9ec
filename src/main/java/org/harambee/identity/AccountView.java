package org.harambee.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An account as administrators see it; {@code version} is the one their changes answer to. */
public record AccountView(UUID id, long version, String email, String displayName, Set<Role> roles, boolean enabled,
        boolean hasPassword, Instant createdAt, Instant lastSignInAt, boolean hasSecondFactor) {

    static AccountView of(Account account) {
        return new AccountView(account.id(), account.version(), account.email(), account.displayName(),
                Set.copyOf(account.roles()), account.enabled(), account.hasPassword(), account.createdAt(),
                account.lastSignInAt(), account.hasSecondFactor());
    }
}
