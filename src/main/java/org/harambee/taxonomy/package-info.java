/**
 * The network's shared vocabulary: the rights of the Universal Declaration of Human Rights,
 * the issue areas members work on, and the states and territories they work in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Taxonomy",
        allowedDependencies = {"site::api"})
package org.harambee.taxonomy;
