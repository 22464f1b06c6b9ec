/**
 * The network's own pages, which staff write and newcomers read first: About (history, mission, objectives),
 * Principles of unity, Governance and bylaws, and Contact, in English and Spanish, each edit kept as a version.
 */
@ApplicationModule(displayName = "About the network",
        allowedDependencies = {"site::api"})
package org.harambee.about;

import org.springframework.modulith.ApplicationModule;
