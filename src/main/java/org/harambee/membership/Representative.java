package org.harambee.membership;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** An authorized representative of a member organization: the account they sign in with, and their name. */
@NamedInterface(name = "api", propagate = false)
public record Representative(UUID accountId, String name) {

    static Representative of(Person person) {
        return new Representative(person.accountId(), person.name());
    }
}
