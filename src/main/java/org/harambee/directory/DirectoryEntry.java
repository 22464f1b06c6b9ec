package org.harambee.directory;

import java.time.LocalDate;
import java.util.List;
import org.harambee.membership.MembershipStatus;
import org.harambee.membership.OrganizationType;

/**
 * One organization in the directory's results, with only the details every viewer of the directory may
 * see (contact details stay on the profile, where each field's visibility applies). The status is given to
 * staff only.
 */
public record DirectoryEntry(Long id, String slug, String name, String mission, OrganizationType type, String city,
        String state, String country, List<Long> issueAreas, List<Integer> rights, boolean grassroots,
        boolean ledByDirectlyAffected, boolean foundingMember, LocalDate memberSince, MembershipStatus status) {

    /** The mission cut to about {@code length} characters at a word boundary, for result lists. */
    public String missionExcerpt(int length) {
        if (mission == null || mission.length() <= length) {
            return mission;
        }
        int cut = mission.lastIndexOf(' ', length);
        return mission.substring(0, cut > length / 2 ? cut : length).strip() + "…";
    }
}
