package org.harambee.news;

import java.util.Locale;
import java.util.Optional;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.LinkablePages;
import org.harambee.related.RelatedPage;
import org.harambee.related.Subject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** News items' pages, for what links to them or saves them: only those the reader may read. */
@Component
@Transactional(readOnly = true)
class NewsLinks implements LinkablePages {

    private final NewsItems items;

    NewsLinks(NewsItems items) {
        this.items = items;
    }

    @Override
    public Subject subject() {
        return Subject.NEWS;
    }

    @Override
    public Optional<RelatedPage> byId(long id, HarambeeUser reader, Locale locale) {
        NewsReader sight = NewsReader.of(reader);
        return items.findById(id).filter(item -> item.visibleTo(sight))
                .map(item -> new RelatedPage(Subject.NEWS, id, item.title(locale), "/news/" + id));
    }
}
