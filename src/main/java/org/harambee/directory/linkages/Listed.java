package org.harambee.directory.linkages;

import java.util.List;

/** Organizations named on a linkage page (address name and name), one page of them, and how many there are in all. */
public record Listed(List<Organization> organizations, long total, int page, int pageSize) {

    /** An organization named and linked to its profile. */
    public record Organization(String slug, String name) {
    }

    /** Whether there are more than this page shows. */
    public boolean more() {
        return total > (long) (page + 1) * pageSize;
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
