package org.harambee.workinggroups;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/** What a group is, as its conveners describe it. */
@NamedInterface(name = "seeding", propagate = false)
public record GroupDraft(String name, String purpose, GroupKind kind, GroupVisibility visibility, JoiningRule joining,
        Set<Long> issueAreas, Set<Integer> rights) {
}
