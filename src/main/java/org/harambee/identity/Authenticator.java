package org.harambee.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A person's authenticator app: its key, sealed with the installation key ({@code sealedSecret}), and the last time
 * step a code of it was accepted for. A code is accepted once: for a step later than that one (see {@link Totp}).
 */
@Entity
@Table(name = "account_authenticator")
class Authenticator {

    @Id
    private UUID accountId;
    private String sealedSecret;
    private long lastUsedStep;
    private Instant addedAt;

    protected Authenticator() {
    }

    /** Added once a code of it was typed: that code's step counts as used. */
    Authenticator(UUID accountId, String sealedSecret, long confirmedStep, Instant now) {
        this.accountId = accountId;
        this.sealedSecret = sealedSecret;
        this.lastUsedStep = confirmedStep;
        this.addedAt = now;
    }

    UUID accountId() {
        return accountId;
    }

    String sealedSecret() {
        return sealedSecret;
    }

    Instant addedAt() {
        return addedAt;
    }

    /** Another app takes this one's place (a code of it was typed: that step counts as used). */
    void replace(String sealedSecret, long confirmedStep, Instant now) {
        this.sealedSecret = sealedSecret;
        this.lastUsedStep = confirmedStep;
        this.addedAt = now;
    }

    /** Accepts the typed code when it is one of this app's for now (one step either side) not used before. */
    boolean accept(byte[] secret, String typed, Instant now) {
        OptionalLong step = Totp.matchingStep(secret, typed, now, lastUsedStep);
        step.ifPresent(used -> lastUsedStep = used);
        return step.isPresent();
    }
}
