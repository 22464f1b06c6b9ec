package org.harambee.accountability;

/**
 * Who follows recommendations up: a member organization (its representatives act for it) or a working group (its
 * conveners adopt, everyone taking part assesses). Exactly one of the two ids is set.
 */
public record Adopter(Long organizationId, Long groupId, String name) {

    static Adopter organization(Long id, String name) {
        return new Adopter(id, null, name);
    }

    static Adopter group(Long id, String name) {
        return new Adopter(null, id, name);
    }

    /** How a form names it: {@code organization-12} or {@code group-3}. */
    public String key() {
        return organizationId != null ? "organization-" + organizationId : "group-" + groupId;
    }
}
