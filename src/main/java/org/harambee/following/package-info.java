/**
 * Following and digests: members (and visitors who confirmed their address) follow issue areas, rights, working
 * groups, organizations and kinds of item, and hear of what is new at once, in a weekly digest, or not at all; members
 * save events, resources, statements, recommendations and news items to a private list. What is new comes from each
 * capability through {@code related.NewThings} and {@code related.ItemPublished}, by its own rules of who may see what.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Following and digests",
        allowedDependencies = {"identity::api", "mail::api", "related::api", "site::api", "taxonomy::api", "workinggroups::api"})
package org.harambee.following;
