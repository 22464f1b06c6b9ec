package org.harambee.library;

import java.util.Locale;
import java.util.Optional;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.LinkablePages;
import org.harambee.related.RelatedPage;
import org.harambee.related.Subject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Resources' pages, for what links to them: only those the reader may see. */
@Component
@Transactional(readOnly = true)
class ResourceLinks implements LinkablePages {

    private final Resources resources;
    private final LibraryReaders readers;

    ResourceLinks(Resources resources, LibraryReaders readers) {
        this.resources = resources;
        this.readers = readers;
    }

    @Override
    public Subject subject() {
        return Subject.RESOURCE;
    }

    @Override
    public Optional<RelatedPage> byId(long id, HarambeeUser reader, Locale locale) {
        Reader sight = readers.of(reader);
        return resources.findById(id).filter(resource -> resource.visibleTo(sight)).map(resource ->
                new RelatedPage(Subject.RESOURCE, id, resource.title(), "/library/" + id));
    }
}
