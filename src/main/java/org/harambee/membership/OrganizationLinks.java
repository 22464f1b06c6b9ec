package org.harambee.membership;

import java.util.Locale;
import java.util.Optional;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.LinkablePages;
import org.harambee.related.RelatedPage;
import org.harambee.related.Subject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Organizations' pages, for what links to them: only those the reader may know of, as the page itself decides. */
@Component
@Transactional(readOnly = true)
class OrganizationLinks implements LinkablePages {

    private final Organizations organizations;

    OrganizationLinks(Organizations organizations) {
        this.organizations = organizations;
    }

    @Override
    public Subject subject() {
        return Subject.ORGANIZATION;
    }

    @Override
    public Optional<RelatedPage> at(String key, HarambeeUser reader, Locale locale) {
        return page(organizations.findBySlug(key), reader);
    }

    @Override
    public Optional<RelatedPage> byId(long id, HarambeeUser reader, Locale locale) {
        return page(organizations.findById(id), reader);
    }

    private static Optional<RelatedPage> page(Optional<Organization> found, HarambeeUser reader) {
        Viewer viewer = new Viewer(reader);
        return found.filter(viewer::maySee).map(organization -> MemberOrganization.of(organization, viewer))
                .map(organization -> new RelatedPage(Subject.ORGANIZATION, organization.id(), organization.name(),
                        "/organizations/" + organization.slug()));
    }
}
