package org.harambee.site;

import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;

/**
 * A capability's part of the signed-in dashboard: a heading and the links that matter to this
 * person now ("3 applications waiting for review", "Edit your organization's profile").
 */
@NamedInterface(name = "api", propagate = false)
public interface DashboardSection {

    /** Lower comes first. */
    int order();

    String titleKey();

    /** The links for this person; empty when the section has nothing for them. */
    List<Link> links(Authentication person);

    /** Whether this person is network staff (administrators are staff too). */
    static boolean isStaff(Authentication person) {
        return person != null && person.getAuthorities().stream()
                .anyMatch(a -> "ROLE_STAFF".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
    }

    /** A link whose text is a message key, with optional arguments. */
    @NamedInterface(name = "api", propagate = false)
    record Link(String href, String labelKey, Object... args) {
    }

    /** A section with the links it has for one person, as the dashboard shows it. */
    record Shown(String titleKey, List<Link> links) {
    }
}
