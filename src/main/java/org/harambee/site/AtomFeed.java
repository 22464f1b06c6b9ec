package org.harambee.site;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.modulith.NamedInterface;

/**
 * An Atom feed (RFC 4287) as text: the feed's identity, title, links and author, then its entries. Every text is
 * escaped as XML character data, and characters XML does not allow are dropped, so what people wrote never breaks
 * a reader's parser.
 */
@NamedInterface(name = "api", propagate = false)
public final class AtomFeed {

    /** The media type a feed is served as. */
    public static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

    private final StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

    /**
     * A feed whose id and alternate link are {@code page} (an address), found at {@code self}, last updated at
     * {@code updated}.
     */
    public AtomFeed(String title, String page, String self, String author, Instant updated) {
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(escape(title)).append("</title>\n")
                .append("  <id>").append(escape(page)).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(escape(self)).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(page)).append("\"/>\n")
                .append("  <author><name>").append(escape(author)).append("</name></author>\n")
                .append("  <updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n");
    }

    /**
     * An entry at {@code url} (also its id) with a plain-text summary and, when given, its content as HTML
     * ({@code html}, null for none) and its categories (labels).
     */
    public AtomFeed entry(String title, String url, Instant updated, String summary, String html,
            Iterable<String> categories) {
        xml.append("  <entry>\n")
                .append("    <title>").append(escape(title)).append("</title>\n")
                .append("    <id>").append(escape(url)).append("</id>\n")
                .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(url)).append("\"/>\n")
                .append("    <updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n");
        for (String category : categories) {
            xml.append("    <category term=\"").append(escape(category)).append("\"/>\n");
        }
        xml.append("    <summary>").append(escape(summary)).append("</summary>\n");
        if (html != null) {
            xml.append("    <content type=\"html\">").append(escape(html)).append("</content>\n");
        }
        xml.append("  </entry>\n");
        return this;
    }

    /** The whole feed. */
    @Override
    public String toString() {
        return xml + "</feed>\n";
    }

    /** Text as XML character data: markup characters escaped, characters XML does not allow dropped. */
    public static String escape(String text) {
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
