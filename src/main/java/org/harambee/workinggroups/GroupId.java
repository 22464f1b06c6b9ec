package org.harambee.workinggroups;

import org.springframework.modulith.NamedInterface;

/**
 * The id of a working group, as other capabilities hand it to this one: never confused with an organization's or a
 * resource's id, which are numbers too.
 */
@NamedInterface(name = "api", propagate = false)
public record GroupId(long value) {

    /** The group with this stored id; null stays null (nothing names a group). */
    public static GroupId of(Long id) {
        return id == null ? null : new GroupId(id);
    }
}
