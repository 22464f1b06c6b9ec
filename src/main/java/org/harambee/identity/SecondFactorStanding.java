package org.harambee.identity;

import java.time.Instant;

/** What a person has set up to sign in in two steps: their authenticator app (when added), recovery codes left. */
public record SecondFactorStanding(Instant authenticatorAdded, int recoveryCodesLeft) {

    public boolean hasAuthenticator() {
        return authenticatorAdded != null;
    }
}
