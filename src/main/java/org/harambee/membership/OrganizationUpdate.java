package org.harambee.membership;

/**
 * A command to replace a registered organization's profile (a data import updating what the network knows).
 * Its people and its standing stay as they are.
 */
public record OrganizationUpdate(Long id, OrganizationProfile profile) {
}
