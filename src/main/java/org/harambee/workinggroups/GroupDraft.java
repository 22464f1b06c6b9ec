package org.harambee.workinggroups;

import java.util.Set;

/** What a group is, as its conveners describe it. */
public record GroupDraft(String name, String purpose, GroupKind kind, GroupVisibility visibility, JoiningRule joining,
        Set<Long> issueAreas, Set<Integer> rights) {
}
