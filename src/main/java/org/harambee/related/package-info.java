/**
 * Links between capabilities that must not depend on each other: a news item names the organizations, groups,
 * statements, events, resources and recommendations it is about, and each of their pages shows the news that names
 * it. Each capability with pages answers for its own ({@link LinkablePages}: which page an address names and what
 * a reader may see of it); whatever mentions pages answers which of its items mention one ({@link Mentioning}).
 * Neither side knows the other.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Related pages",
        allowedDependencies = {"identity::api", "site::api"})
package org.harambee.related;
