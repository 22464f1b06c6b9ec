package org.harambee.directory.imports;

import java.util.List;

/**
 * A row that describes an organization the network already has (same name, website or primary e-mail), and what
 * staff chose to do with it: skip the row (the default) or update the organization from it.
 */
public record ImportMatch(int line, String name, Long organizationId, String organizationName, String organizationSlug,
        List<ImportColumn> matchedBy, Decision decision) {

    public ImportMatch {
        matchedBy = List.copyOf(matchedBy);
        decision = decision == null ? Decision.SKIP : decision;
    }

    public enum Decision {
        SKIP, UPDATE
    }
}
