/**
 * News, stories and action alerts: staff publish, representatives and conveners submit and staff review; each item
 * names its issue areas, rights and the pages it is about (which show it in turn); {@code /news} is searched and
 * faceted like the library, and Atom feeds carry the public items (all, per issue area, per kind).
 */
@org.springframework.modulith.ApplicationModule(displayName = "News and action alerts",
        allowedDependencies = {"identity::api", "membership::api", "related::api", "search::api", "site::api", "taxonomy::api", "workinggroups::api"})
package org.harambee.news;
