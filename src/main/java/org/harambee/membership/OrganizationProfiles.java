package org.harambee.membership;

import java.util.List;
import java.util.Optional;
import org.harambee.identity.HarambeeUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations' profiles as a person may see them, for other capabilities (directory export, API): only
 * organizations that person may know exist, and of each only the fields and people cleared for them.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationProfiles {

    private final OrganizationPages pages;

    OrganizationProfiles(OrganizationPages pages) {
        this.pages = pages;
    }

    /** The profile at this address as {@code user} (null for a visitor) may see it; empty when they may not. */
    public Optional<OrganizationView> find(String slug, HarambeeUser user) {
        return pages.find(slug, new Viewer(user));
    }

    /** The profiles with these ids that {@code user} may see, as they may see them, in the ids' order. */
    public List<OrganizationView> find(List<Long> ids, HarambeeUser user) {
        return pages.views(ids, new Viewer(user));
    }
}
