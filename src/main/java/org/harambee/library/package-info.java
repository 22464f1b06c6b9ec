/**
 * The resource library: toolkits, model policies, reports and training materials members submit and staff
 * publish; their files with versions, the text extracted from them in the background, and full-text search.
 */
@ApplicationModule(displayName = "Resource library",
        allowedDependencies = {"identity::api", "membership::api", "related::api", "search::api", "site::api", "taxonomy::api", "workinggroups::api"})
package org.harambee.library;

import org.springframework.modulith.ApplicationModule;
