package org.harambee.membership;

import java.util.List;
import org.harambee.taxonomy.IssueArea;

/**
 * An individual member as other members see them in the directory: the name, and each detail only when the
 * person shows it to members (null otherwise).
 */
public record IndividualListing(String name, String city, String state, String affiliation, String email,
        List<IssueArea> issueAreas) {
}
