package org.harambee.membership;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * An organization as another capability may read it for one person, by the rules of the organization's own page:
 * only organizations that person may know exist, and only what its public profile shows, plus whether that person
 * may act for it (one of its representatives, or staff).
 */
@NamedInterface(name = "api", propagate = false)
public record MemberOrganization(Long id, String slug, String name, MembershipStatus status, boolean mayActFor,
        Set<Long> issueAreas, Set<Integer> rights, String stateCode, String country, OrganizationType type,
        boolean grassroots, boolean ledByDirectlyAffected, Set<String> languages, Set<Capacity> offers,
        Set<Capacity> needs, boolean openToPartners) {

    static MemberOrganization of(Organization o, Viewer viewer) {
        return new MemberOrganization(o.id(), o.slug(), o.name(), o.status(), viewer.mayEdit(o), o.issueAreas(),
                o.rights(), o.stateCode(), o.country(), o.type(), o.grassroots(), o.ledByDirectlyAffected(),
                o.languages(), o.offers(), o.needs(), o.openToPartners());
    }

    public boolean active() {
        return status == MembershipStatus.ACTIVE;
    }
}
