package org.harambee.news;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.identity.HarambeeUser;
import org.harambee.related.ItemKind;
import org.harambee.related.NewThing;
import org.harambee.related.NewThings;
import org.harambee.related.Subject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The news, stories and alerts published since a moment that a reader may read, for the digests. */
@Component
@Transactional(readOnly = true)
class NewsThings implements NewThings {

    private final NewsItems items;

    NewsThings(NewsItems items) {
        this.items = items;
    }

    @Override
    public List<NewThing> since(Instant since, HarambeeUser reader, Locale locale) {
        NewsReader sight = NewsReader.of(reader);
        return items.findByStatusAndPublishedAtAfter(NewsStatus.PUBLISHED, since).stream()
                .filter(item -> item.visibleTo(sight)).map(item -> thing(item, locale)).toList();
    }

    /** The item as what people follow see it. */
    static NewThing thing(NewsItem item, Locale locale) {
        return new NewThing(ItemKind.valueOf(item.kind().name()), item.title(locale), "/news/" + item.id(),
                item.publishedAt(), item.actionDeadline(), item.issueAreas(), item.rights(),
                linked(item, Subject.GROUP), linked(item, Subject.ORGANIZATION));
    }

    private static Set<Long> linked(NewsItem item, Subject subject) {
        return item.links().stream().filter(link -> link.subject() == subject).map(NewsLink::targetId)
                .collect(Collectors.toSet());
    }
}
