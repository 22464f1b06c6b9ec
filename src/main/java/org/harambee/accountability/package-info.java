/**
 * The UN accountability tracker: the international instruments and the country's position on each, the
 * recommendations UN mechanisms made (Universal Periodic Review, imported from CSV files), the follow-up member
 * organizations and working groups record with evidence, shadow reports, and the calendar of reviews coming.
 */
@ApplicationModule(displayName = "UN accountability tracker",
        allowedDependencies = {"identity::api", "jobs::api", "library::api", "mail::api", "membership::api", "related::api", "search::api", "site::api", "taxonomy::api", "workinggroups::api"})
package org.harambee.accountability;

import org.springframework.modulith.ApplicationModule;
