/**
 * Membership: organizations and individuals apply, are reviewed, approved, renew, lapse and
 * withdraw. Each organization has a profile, people with per-field visibility, issue areas and
 * rights. Other capabilities use its {@code api} named interface: {@link org.harambee.membership.OrganizationAccess},
 * {@link org.harambee.membership.MemberRegistry}, the profile records and the
 * {@link org.harambee.membership.IndexedOrganization} search contract.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership",
        allowedDependencies = {"identity::api", "mail::api", "related::api", "site::api", "taxonomy::api"})
package org.harambee.membership;
