package org.harambee.membership;

/**
 * What tells a registered organization apart from another, in any status: its name, its website and its
 * primary contact's e-mail address. For finding an organization again, as a data import does.
 */
public record RegisteredOrganization(Long id, String name, String slug, String website, String email) {
}
