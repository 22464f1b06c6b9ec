package org.harambee.news;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.harambee.site.AtomFeed;
import org.harambee.site.Installation;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Atom feeds of the public news: all of it, or what the facets of the address choose (an issue area, a kind, a
 * right), newest first. Each entry carries its text as HTML (sanitized as on the page), and an alert its deadline
 * and call to action.
 */
@Component
@Transactional(readOnly = true)
class NewsFeed {

    static final int ENTRIES = 50;

    private final NewsSearch search;
    private final Taxonomy taxonomy;
    private final MessageSource messages;
    private final Installation installation;
    private final Clock clock;

    NewsFeed(NewsSearch search, Taxonomy taxonomy, MessageSource messages, Installation installation, Clock clock) {
        this.search = search;
        this.taxonomy = taxonomy;
        this.messages = messages;
        this.installation = installation;
        this.clock = clock;
    }

    String atom(NewsQuery query, Locale locale) {
        List<NewsItem> newest = search.newestPublic(query, ENTRIES);
        String base = installation.address();
        Instant updated = newest.isEmpty() ? clock.instant() : newest.get(0).publishedAt();
        AtomFeed feed = new AtomFeed(title(query, locale), base + new NewsQuery("", query.chosen(), 0).page(0),
                base + query.feed(), installation.networkName(), updated);
        for (NewsItem item : newest) {
            List<String> categories = new ArrayList<>();
            categories.add(t("news.kind." + item.kind().name(), locale));
            taxonomy.issueAreasById(item.issueAreas()).forEach(area -> categories.add(area.name(locale)));
            NewsView view = new NewsView(item, locale, installation.timeZone());
            String html = view.body();
            if (item.kind() == NewsKind.ALERT) {
                html = "<p><strong>" + AtomFeed.escape(t("news.alert.by", locale, view.deadline())) + "</strong> "
                        + "<a href=\"" + AtomFeed.escape(absolute(item.actionLink(), base)) + "\">"
                        + AtomFeed.escape(item.actionText()) + "</a></p>" + html;
            }
            feed.entry(view.title(), base + "/news/" + item.id(), item.publishedAt(), view.excerpt(), html,
                    categories);
        }
        return feed.toString();
    }

    /** The feed's title: the network's news, narrowed by what the address chose. */
    private String title(NewsQuery query, Locale locale) {
        List<String> chosen = new ArrayList<>();
        query.values(NewsQuery.Facet.KIND).forEach(kind -> chosen.add(t("news.kind." + kind, locale)));
        query.values(NewsQuery.Facet.ISSUE).forEach(slug -> taxonomy.issueArea(slug)
                .ifPresent(area -> chosen.add(area.name(locale))));
        String title = t("news.feed.title", locale, installation.networkName());
        return chosen.isEmpty() ? title : title + ": " + String.join(", ", chosen);
    }

    private static String absolute(String link, String base) {
        return link.startsWith("/") ? base + link : link;
    }

    private String t(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
