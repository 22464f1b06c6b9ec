package org.harambee.identity;

import java.util.UUID;

/** Whom to write to about an account: its address and the name it goes by. */
public record AccountContact(UUID id, String email, String displayName) {

    static AccountContact of(Account account) {
        return new AccountContact(account.id(), account.email(), account.displayName());
    }
}
