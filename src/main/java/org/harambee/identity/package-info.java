/**
 * Accounts, roles, sign-in, invitations, password resets and the audit log of sensitive actions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = {"mail::api", "site::api"})
package org.harambee.identity;
