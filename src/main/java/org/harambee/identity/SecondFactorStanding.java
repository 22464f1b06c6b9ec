package org.harambee.identity;

import java.time.Instant;
import java.util.List;

/**
 * What a person has set up to sign in in two steps: their passkeys, their authenticator app (when added), recovery
 * codes left.
 */
public record SecondFactorStanding(Instant authenticatorAdded, List<Passkey> passkeys, int recoveryCodesLeft) {

    /** One of a person's passkeys: its id (base64url), the name they gave it, when it was added and last used. */
    public record Passkey(String id, String label, Instant added, Instant lastUsed) {
    }

    public boolean hasAuthenticator() {
        return authenticatorAdded != null;
    }

    public boolean hasAny() {
        return hasAuthenticator() || !passkeys.isEmpty();
    }
}
