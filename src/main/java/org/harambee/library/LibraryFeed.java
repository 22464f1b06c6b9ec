package org.harambee.library;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.harambee.site.Installation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The Atom feed of newly published public resources: only what a visitor may see, newest first. */
@Component
@Transactional(readOnly = true)
class LibraryFeed {

    static final int ENTRIES = 50;

    private final Resources resources;
    private final String baseUrl;
    private final String networkName;
    private final Clock clock;

    LibraryFeed(Resources resources, Installation installation, Clock clock) {
        this.resources = resources;
        this.baseUrl = installation.address();
        this.networkName = installation.networkName();
        this.clock = clock;
    }

    /** The feed as Atom XML, with {@code title} as the feed's title (in the reader's language). */
    String atom(String title) {
        List<Resource> published = resources.findTop50ByStatusAndVisibilityOrderByReviewedAtDesc(
                ResourceStatus.PUBLISHED, ResourceVisibility.PUBLIC);
        Instant updated = published.isEmpty() ? clock.instant() : published.get(0).reviewedAt();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(escape(title)).append("</title>\n")
                .append("  <id>").append(escape(baseUrl)).append("/library</id>\n")
                .append("  <link rel=\"self\" href=\"").append(escape(baseUrl)).append("/library/feed.atom\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(baseUrl))
                .append("/library\"/>\n")
                .append("  <author><name>").append(escape(networkName)).append("</name></author>\n")
                .append("  <updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n");
        for (Resource resource : published) {
            String url = baseUrl + "/library/" + resource.id();
            xml.append("  <entry>\n")
                    .append("    <title>").append(escape(resource.title())).append("</title>\n")
                    .append("    <id>").append(escape(url)).append("</id>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(url)).append("\"/>\n")
                    .append("    <updated>").append(DateTimeFormatter.ISO_INSTANT.format(resource.reviewedAt()))
                    .append("</updated>\n")
                    .append("    <summary>").append(escape(resource.summary())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    /** Text as XML character data: markup characters escaped, characters XML does not allow dropped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
