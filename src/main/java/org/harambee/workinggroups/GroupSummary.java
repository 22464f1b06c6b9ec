package org.harambee.workinggroups;

import org.springframework.modulith.NamedInterface;

/** A working group as other capabilities name and link it (its page is {@code /groups/{slug}}). */
@NamedInterface(name = "api", propagate = false)
public record GroupSummary(Long id, String slug, String name, GroupVisibility visibility) {

    static GroupSummary of(WorkingGroup group) {
        return new GroupSummary(group.id(), group.slug(), group.name(), group.visibility());
    }
}
