package org.harambee.membership;

import org.springframework.modulith.NamedInterface;

/**
 * A command to replace a registered organization's profile (a data import updating what the network knows).
 * Its people and its standing stay as they are.
 */
@NamedInterface(name = "api", propagate = false)
public record OrganizationUpdate(Long id, OrganizationProfile profile) {
}
