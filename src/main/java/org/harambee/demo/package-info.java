/**
 * The demo network: a living network of synthetic organizations, people and individual members
 * (no real organization or person), seeded on first start of the embedded default.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo network",
        allowedDependencies = {"about::seeding", "accountability::seeding", "events::seeding", "finance::seeding", "governance::seeding", "identity::api", "identity::seeding", "library::api", "library::seeding", "membership::api", "membership::seeding", "news::seeding", "site::api", "taxonomy::api", "workinggroups::api", "workinggroups::seeding"})
package org.harambee.demo;
