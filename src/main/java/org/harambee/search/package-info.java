/**
 * Full-text search infrastructure shared by the capabilities: the analyzers (English, Spanish,
 * names) that every index uses. Each capability maps its own entities.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = {})
package org.harambee.search;
