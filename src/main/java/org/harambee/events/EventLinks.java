package org.harambee.events;

import java.util.Locale;
import java.util.Optional;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.LinkablePages;
import org.harambee.related.RelatedPage;
import org.harambee.related.Subject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Events' pages, for what links to them: only those the reader may see. */
@Component
@Transactional(readOnly = true)
class EventLinks implements LinkablePages {

    private final Events events;
    private final EventOffice office;

    EventLinks(Events events, EventOffice office) {
        this.events = events;
        this.office = office;
    }

    @Override
    public Subject subject() {
        return Subject.EVENT;
    }

    @Override
    public Optional<RelatedPage> at(String key, HarambeeUser reader, Locale locale) {
        return page(events.findBySlug(key), reader, locale);
    }

    @Override
    public Optional<RelatedPage> byId(long id, HarambeeUser reader, Locale locale) {
        return page(events.findById(id), reader, locale);
    }

    private Optional<RelatedPage> page(Optional<Event> found, HarambeeUser reader, Locale locale) {
        return found.filter(office.sightOf(reader)::mayRead).map(event -> new RelatedPage(Subject.EVENT, event.id(),
                event.title(locale), "/events/" + event.slug()));
    }
}
