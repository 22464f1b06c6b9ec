package org.harambee.membership;

/** One line of the list of organizations: only what every viewer of the list may see, plus status for staff. */
public record OrganizationSummary(Long id, String slug, String name, OrganizationType type, String city, String state,
        String country, boolean grassroots, boolean ledByDirectlyAffected, MembershipStatus status) {
}
