package org.harambee.workinggroups.statements;

import java.util.UUID;

/**
 * Who signs, as the signature records them: an organization (its id, name and place, and the representative who
 * signed for it) or a person (their account and name). Its {@link #key()} is what the database keeps unique per
 * statement, so each signs once.
 */
record Signer(SignerKind kind, Long organizationId, UUID accountId, String name, String stateCode,
        String country) {

    /** An organization, signing through {@code representative} (null only for the demo's signatures). */
    static Signer organization(Long organizationId, String name, String stateCode, String country,
            UUID representative) {
        return new Signer(SignerKind.ORGANIZATION, organizationId, representative, name, stateCode, country);
    }

    /** A person signing for themselves. */
    static Signer person(UUID accountId, String name) {
        return new Signer(SignerKind.INDIVIDUAL, null, accountId, name, null, null);
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
