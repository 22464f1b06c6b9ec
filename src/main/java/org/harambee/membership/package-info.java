/**
 * Membership: organizations and individuals apply, are reviewed, approved, renew, lapse and
 * withdraw. Each organization has a profile, people with per-field visibility, issue areas and
 * rights. Other capabilities use {@link org.harambee.membership.MemberRegistry} and the events
 * {@link org.harambee.membership.MembershipApproved} and
 * {@link org.harambee.membership.MembershipStatusChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership",
        allowedDependencies = {"identity::api", "mail::api", "site::api", "taxonomy::api"})
package org.harambee.membership;
