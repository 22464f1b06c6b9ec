package org.harambee.directory.linkages;

import java.util.List;
import org.harambee.membership.Capacity;

/**
 * The capacity exchange as one member sees it: for each capacity, who offers it and who needs it (the first few by
 * name, and how many in all); and, for the organizations they represent, who offers what each of them needs.
 */
public record Exchange(List<Pairing> capacities, List<Yours> yours) {

    /** One capacity: the organizations offering it and those needing it. */
    public record Pairing(Capacity capacity, Listed offeredBy, Listed neededBy) {
    }

    /** An organization the member represents, and for each of its needs, who offers it. */
    public record Yours(String slug, String name, List<Pairing> needs) {
    }
}
