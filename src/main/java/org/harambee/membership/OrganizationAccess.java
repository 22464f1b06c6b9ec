package org.harambee.membership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.harambee.identity.HarambeeUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may know which organization, and what of it, for other capabilities (the directory, its export, API and
 * partner suggestions): the same rules as the organization's page. Visitors know active, publicly listed organizations; anyone signed in with a
 * role knows every active one; staff and an organization's own representatives know it in any status.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class OrganizationAccess {

    private final Organizations organizations;
    private final OrganizationPages pages;

    OrganizationAccess(Organizations organizations, OrganizationPages pages) {
        this.organizations = organizations;
        this.pages = pages;
    }

    /** The profile at this address as {@code user} (null for a visitor) may see it; empty when they may not. */
    public Optional<OrganizationView> profile(String slug, HarambeeUser user) {
        return pages.find(slug, new Viewer(user));
    }

    /** The profiles with these ids that {@code user} may see, as they may see them, in the ids' order. */
    public List<OrganizationView> profiles(List<OrganizationId> ids, HarambeeUser user) {
        return pages.views(ids.stream().map(OrganizationId::value).toList(), new Viewer(user));
    }

    /** The organization with this address name as this person may know it; empty when unknown or hidden from them. */
    public Optional<MemberOrganization> visibleTo(String slug, HarambeeUser user) {
        Viewer viewer = new Viewer(user);
        return organizations.findBySlug(slug).filter(viewer::maySee).map(o -> MemberOrganization.of(o, viewer));
    }

    /** The organizations this person is an authorized representative of, by name. */
    public List<MemberOrganization> representedBy(HarambeeUser user) {
        Viewer viewer = new Viewer(user);
        return viewer.representative() ? organizations.findRepresentedBy(user.accountId()).stream()
                .map(o -> MemberOrganization.of(o, viewer)).toList() : List.of();
    }

    /** The accounts of the authorized representatives of these organizations, while they are active members. */
    public Set<UUID> representativeAccounts(Collection<OrganizationId> ids) {
        return ids.isEmpty() ? Set.of() : Set.copyOf(organizations.findRepresentativeAccounts(ids.stream()
                .map(OrganizationId::value).toList()));
    }

    /** The organization with this name (any case, accents or spacing), as this person may know it. */
    public Optional<MemberOrganization> named(String name, HarambeeUser user) {
        Viewer viewer = new Viewer(user);
        return name == null || name.isBlank() ? Optional.empty()
                : organizations.findByNameKey(OrganizationProfile.nameKeyOf(name)).filter(viewer::maySee)
                        .map(o -> MemberOrganization.of(o, viewer));
    }

    /** Whether this person knows only publicly listed organizations (a visitor, or an account without a role). */
    public static boolean seesPublicListingsOnly(HarambeeUser user) {
        return !new Viewer(user).member();
    }
}
