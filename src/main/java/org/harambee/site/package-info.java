/**
 * The site itself: the page layout every capability renders into, the home page, the
 * signed-in dashboard, language choice, and the error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site",
        allowedDependencies = {})
package org.harambee.site;
