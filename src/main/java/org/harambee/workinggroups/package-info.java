/**
 * Working groups and collaborative efforts: caucuses, task forces, committees and campaigns with their
 * organizations and individual members, conveners, discussions, notifications, tasks and meetings; and, in
 * {@code statements}, joint sign-on statements and letters that organizations endorse. Other capabilities use
 * {@link org.harambee.workinggroups.WorkingGroups}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working groups",
        allowedDependencies = {"identity::api", "mail::api", "membership::api", "related::api", "site::api", "taxonomy::api"})
package org.harambee.workinggroups;
