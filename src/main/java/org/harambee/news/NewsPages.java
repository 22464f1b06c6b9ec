package org.harambee.news;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harambee.identity.HarambeeUser;
import org.harambee.news.NewsQuery.Facet;
import org.harambee.search.FacetView;
import org.harambee.site.Installation;
import org.harambee.site.Option;
import org.harambee.taxonomy.HumanRight;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The news in the reader's words: the list with its facets, an item's issue areas and rights, the form's choices. */
@Component
@Transactional(readOnly = true)
class NewsPages {

    /** How many open alerts the list shows above the news. */
    static final int ALERTS = 3;

    private final NewsSearch search;
    private final NewsDesk desk;
    private final Taxonomy taxonomy;
    private final MessageSource messages;
    private final Installation installation;

    NewsPages(NewsSearch search, NewsDesk desk, Taxonomy taxonomy, MessageSource messages,
            Installation installation) {
        this.search = search;
        this.desk = desk;
        this.taxonomy = taxonomy;
        this.messages = messages;
        this.installation = installation;
    }

    NewsListing listing(NewsQuery query, HarambeeUser user, Locale locale) {
        NewsResults results = search.search(query, user);
        Map<String, String> areas = taxonomy.issueAreaNamesBySlug(locale);
        Map<String, String> rights = taxonomy.rightLabelsByArticle(locale);
        NewsQuery kept = results.query();
        FacetView facets = FacetView.of(Facet.class, kept.chosen(), results.counts(), new FacetView.Words<>() {
            @Override
            public String legend(Facet facet) {
                return t("news.facet." + facet.param(), locale);
            }

            @Override
            public String label(Facet facet, String value) {
                return switch (facet) {
                    case KIND -> t("news.kind." + value, locale);
                    case ISSUE -> areas.getOrDefault(value, value);
                    case RIGHT -> rights.getOrDefault(value, value);
                    case YEAR -> value;
                };
            }

            @Override
            public String toggled(Facet facet, String value) {
                return kept.toggled(facet, value);
            }

            @Override
            public Comparator<FacetView.Choice> order(Facet facet) {
                return facet == Facet.YEAR ? Comparator.comparing(FacetView.Choice::label).reversed()
                        : FacetView.Words.super.order(facet);
            }
        });
        List<NewsView> alerts = query.empty() && query.page() == 0
                ? desk.openAlerts(user, ALERTS).stream().map(item -> view(item, locale)).toList() : List.of();
        return new NewsListing(results, facets, results.items().stream().map(item -> view(item, locale)).toList(),
                alerts);
    }

    NewsView view(NewsItem item, Locale locale) {
        return new NewsView(item, locale, installation.timeZone());
    }

    /** The item's issue areas as links to the news of each, by name. */
    List<Option> issueAreasOf(NewsItem item, Locale locale) {
        return taxonomy.issueAreasById(item.issueAreas()).stream()
                .map(area -> new Option("/news?issue=" + area.slug(), area.name(locale)))
                .sorted(Comparator.comparing(Option::label)).toList();
    }

    /** The item's rights as links to the news of each, in the order of the articles. */
    List<Option> rightsOf(NewsItem item, Locale locale) {
        return taxonomy.rights(item.rights()).stream().sorted(Comparator.comparingInt(HumanRight::article))
                .map(right -> new Option("/news?right=" + right.article(), right.label(locale)))
                .toList();
    }

    List<Option> kinds(Locale locale) {
        return Arrays.stream(NewsKind.values()).map(kind -> new Option(kind.name(), t("news.kind." + kind.name(),
                locale))).toList();
    }

    List<Option> visibilities(Locale locale) {
        return Arrays.stream(NewsVisibility.values()).map(visibility -> new Option(visibility.name(),
                t("news.visibility." + visibility.name(), locale))).toList();
    }

    List<Option> issueAreas(Locale locale) {
        return taxonomy.issueAreaChoices(locale);
    }

    List<Option> rights(Locale locale) {
        return taxonomy.rightChoices(locale);
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
