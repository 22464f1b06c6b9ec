package org.harambee.news;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.harambee.site.RichText;
import org.harambee.site.StructuredData;

/** An item as a page shows it to one reader: in their language where written in it, dates where the network is. */
public record NewsView(NewsItem item, Locale locale, ZoneId zone) {

    /** The longest excerpt a list shows. */
    static final int EXCERPT = 240;

    public Long id() {
        return item.id();
    }

    public String title() {
        return item.title(locale);
    }

    /** The language the title and text are in ({@code en} or {@code es}), for the page's {@code lang}. */
    public String language() {
        return item.languageFor(locale);
    }

    /** The text as sanitized HTML. */
    public String body() {
        return RichText.page(item.body(locale));
    }

    /** The text without markup, shortened for a list. */
    public String excerpt() {
        return RichText.excerpt(item.body(locale), EXCERPT);
    }

    /** The day it was published (or submitted, while it waits), where the network is. */
    public String date() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format((item.publishedAt() == null ? item.submittedAt() : item.publishedAt()).atZone(zone));
    }

    /** The alert's deadline as a date, or null for news and stories. */
    public String deadline() {
        return item.actionDeadline() == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(item.actionDeadline());
    }

    /** The message key of its kind. */
    public String kindKey() {
        return "news.kind." + item.kind().name();
    }

    /** The item as schema.org JSON-LD for search engines and link previews. */
    public String jsonLd(String url, String network, String networkUrl) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("headline", title());
        data.put("description", excerpt());
        data.put("url", url);
        data.put("inLanguage", language());
        data.put("datePublished", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(item.publishedAt().atZone(zone)));
        data.put("publisher", Map.of("@type", "Organization", "name", network, "url", networkUrl));
        return StructuredData.jsonLd(data);
    }
}
