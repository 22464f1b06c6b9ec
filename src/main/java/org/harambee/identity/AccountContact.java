package org.harambee.identity;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** Whom to write to about an account: its address and the name it goes by. */
@NamedInterface(name = "api", propagate = false)
public record AccountContact(UUID id, String email, String displayName) {

    static AccountContact of(Account account) {
        return new AccountContact(account.id(), account.email(), account.displayName());
    }
}
