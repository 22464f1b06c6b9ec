package org.harambee.membership;

import org.springframework.modulith.NamedInterface;

/**
 * What tells a registered organization apart from another, in any status: its name, its website and its
 * primary contact's e-mail address. For finding an organization again, as a data import does.
 */
@NamedInterface(name = "api", propagate = false)
public record RegisteredOrganization(Long id, String name, String slug, String website, String email) {
}
