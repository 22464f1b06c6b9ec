package org.harambee.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a resource is, as submitted or edited: the form's values once checked. */
record ResourceDescription(String title, String summary, ResourceType type, LocalDate publishedOn,
        ResourceVisibility visibility, Long groupId, String externalLink, Set<String> languages, Set<Long> authorOrganizations,
        List<String> authorNames, Set<Long> issueAreas, Set<Integer> rights, Set<String> instruments) {
}
