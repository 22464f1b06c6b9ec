package org.harambee.membership;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.modulith.NamedInterface;

/**
 * The id of a member organization, as other capabilities hand it to this one: never confused with a group's or a
 * resource's id, which are numbers too.
 */
@NamedInterface(name = "api", propagate = false)
public record OrganizationId(long value) {

    /** The organizations with these stored ids, in their order; nulls are left out. */
    public static List<OrganizationId> all(Collection<Long> ids) {
        return ids.stream().filter(Objects::nonNull).map(OrganizationId::new).toList();
    }
}
