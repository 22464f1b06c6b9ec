package org.harambee.workinggroups.statements;

import java.util.UUID;

/**
 * Who signs, as the signature records them: an organization (its id, name and place, and the representative who
 * signed for it; always named) or a person (their account and name, and whether they may be named publicly). Its {@link #key()} is what the database keeps unique per
 * statement, so each signs once.
 */
record Signer(SignerKind kind, Long organizationId, UUID accountId, String name, String stateCode,
        String country, boolean namedPublicly) {

    /** An organization, signing through {@code representative} (null only for the demo's signatures). */
    static Signer organization(Long organizationId, String name, String stateCode, String country,
            UUID representative) {
        return new Signer(SignerKind.ORGANIZATION, organizationId, representative, name, stateCode, country, true);
    }

    /**
     * A person signing for themselves: counted, and named to everyone who reads the statement only when they
     * choose ({@code namedPublicly}); otherwise to its owners only.
     */
    static Signer person(UUID accountId, String name, boolean namedPublicly) {
        return new Signer(SignerKind.INDIVIDUAL, null, accountId, name, null, null, namedPublicly);
    }

    /** {@code org:<id>} or {@code person:<account id>}: one signature each per statement. */
    String key() {
        return kind == SignerKind.ORGANIZATION ? organizationKey(organizationId) : personKey(accountId);
    }

    static String organizationKey(Long organizationId) {
        return "org:" + organizationId;
    }

    static String personKey(UUID accountId) {
        return "person:" + accountId;
    }
}
