package org.harambee.workinggroups;

import java.util.List;
import java.util.Set;

/**
 * A working group as its pages show it, read whole inside the transaction that found it (its participants, issue
 * areas and rights), so that nothing is loaded while the page renders.
 */
public record GroupView(Long id, String slug, String name, String purpose, GroupKind kind,
        GroupVisibility visibility, JoiningRule joining, Set<Long> issueAreas, Set<Integer> rights,
        List<ParticipantView> participants) {

    static GroupView of(WorkingGroup group) {
        return new GroupView(group.id(), group.slug(), group.name(), group.purpose(), group.kind(),
                group.visibility(), group.joining(), Set.copyOf(group.issueAreas()), Set.copyOf(group.rights()),
                group.participants().stream().map(ParticipantView::of).toList());
    }

    public List<ParticipantView> active() {
        return participants.stream().filter(ParticipantView::active).toList();
    }

    public List<ParticipantView> conveners() {
        return participants.stream().filter(entry -> entry.active() && entry.convener()).toList();
    }
}
