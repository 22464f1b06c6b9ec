package org.harambee.workinggroups;

/** A working group as the list of groups shows it: its name and address, what it is, who may see and join it. */
public record GroupCard(Long id, String slug, String name, String purpose, GroupKind kind, GroupVisibility visibility,
        JoiningRule joining) {

    static GroupCard of(WorkingGroup group) {
        return new GroupCard(group.id(), group.slug(), group.name(), group.purpose(), group.kind(),
                group.visibility(), group.joining());
    }
}
