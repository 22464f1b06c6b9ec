package org.harambee.workinggroups;

import java.util.Locale;
import java.util.Optional;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.LinkablePages;
import org.harambee.related.RelatedPage;
import org.harambee.related.Subject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Working groups' pages, for what links to them: only the groups the reader may know of. */
@Component
@Transactional(readOnly = true)
class GroupLinks implements LinkablePages {

    private final Groups groups;
    private final WorkingGroups workingGroups;

    GroupLinks(Groups groups, WorkingGroups workingGroups) {
        this.groups = groups;
        this.workingGroups = workingGroups;
    }

    @Override
    public Subject subject() {
        return Subject.GROUP;
    }

    @Override
    public Optional<RelatedPage> at(String key, HarambeeUser reader, Locale locale) {
        return page(groups.findBySlug(key), reader);
    }

    @Override
    public Optional<RelatedPage> byId(long id, HarambeeUser reader, Locale locale) {
        return page(groups.findById(id), reader);
    }

    private Optional<RelatedPage> page(Optional<WorkingGroup> found, HarambeeUser reader) {
        Viewer viewer = workingGroups.viewerOf(reader);
        return found.filter(group -> group.knownTo(viewer)).map(group -> new RelatedPage(Subject.GROUP, group.id(),
                group.name(), "/groups/" + group.slug()));
    }
}
