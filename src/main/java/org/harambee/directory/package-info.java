/**
 * Directory and linkages: members find one another. The faceted directory of organizations (and, for
 * members, of individual members who opted in), the map, CSV export, the read-only JSON API, partner
 * suggestions, the capacity exchange, the network view and CSV import. It reads membership through
 * {@link org.harambee.membership.Organization}'s search index and membership's public services, and
 * applies the same visibility rules everywhere: in lists, counts, exports and the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory and linkages",
        allowedDependencies = {"identity::api", "jobs::api", "membership::api", "search::api", "site::api", "taxonomy::api"})
package org.harambee.directory;
