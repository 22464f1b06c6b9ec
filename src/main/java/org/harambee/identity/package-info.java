/**
 * Accounts, roles, sign-in, invitations, password resets and the audit log of sensitive actions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.harambee.identity;
