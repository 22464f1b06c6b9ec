/**
 * Full-text search infrastructure shared by the capabilities: the analyzers (English, Spanish,
 * names) that every index uses, the facet counting helpers, the one reading and writing of a search page's address ({@code SearchAddress}), and the one guard that keeps every index whole
 * ({@link org.harambee.search.SearchIndexes}, with the {@code reindex} command). Each capability maps its own
 * entities.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = {})
package org.harambee.search;
