package org.harambee.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.modulith.NamedInterface;

/**
 * Text people write (posts, statements) as the HTML shown to others: Markdown rendered by CommonMark, then
 * everything but plain formatting, lists, quotes, code, tables and links removed by the OWASP sanitizer. No
 * script, event handler, style, image, SVG, form or frame survives; links go only to http, https, mailto or this
 * site, and never pass on who followed them.
 */
@NamedInterface(name = "api", propagate = false)
public final class RichText {

    /** The longest text accepted for a post or a statement body. */
    public static final int MAX_LENGTH = 20_000;

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
    private static final PolicyFactory NO_MARKUP = new HtmlPolicyBuilder().toFactory();
    private static final Pattern BLOCK_END = Pattern.compile("</(p|li|h\\d|blockquote|pre|td|th|tr)>|<br\\s*/?>|<hr\\s*/?>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern LOCAL = Pattern.compile("^/(?!/)[^\\\\]*$");

    private static final PolicyFactory POLICY = policy(true);
    private static final PolicyFactory PAGE_POLICY = policy(false);

    /**
     * What survives: plain formatting, lists, quotes, code, tables and safe links. Inside a post or a statement,
     * headings go two levels down (# is h3), below the page's own; a whole page written by staff keeps them (# is h2,
     * under the page's title).
     */
    private static PolicyFactory policy(boolean belowThePagesHeadings) {
        HtmlPolicyBuilder policy = new HtmlPolicyBuilder()
                .allowElements("p", "br", "hr", "strong", "b", "em", "i", "u", "s", "del", "ins", "sub", "sup", "small",
                        "blockquote", "ul", "ol", "li", "code", "pre", "h2", "h3", "h4", "h5", "h6", "table", "thead",
                        "tbody", "tr", "th", "td", "a");
        if (belowThePagesHeadings) {
            policy.allowElements((name, attributes) -> "h3", "h1").allowElements((name, attributes) -> "h4", "h2");
        } else {
            policy.allowElements((name, attributes) -> "h2", "h1");
        }
        return policy
                .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
                .allowAttributes("href").matching((String href) -> href.startsWith("http://") || href.startsWith("https://")
                        || href.startsWith("mailto:") || LOCAL.matcher(href).matches()).onElements("a")
                .allowStandardUrlProtocols()
                .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                .toFactory();
    }

    private RichText() {
    }

    /** The Markdown (or HTML) as safe HTML, to show inside a page (a post, a statement). */
    public static String html(String markdown) {
        return render(markdown, POLICY);
    }

    /** The Markdown (or HTML) as safe HTML that is a page's whole text, under its title (its headings from h2). */
    public static String page(String markdown) {
        return render(markdown, PAGE_POLICY);
    }

    private static String render(String markdown, PolicyFactory policy) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return policy.sanitize(HTML.render(MARKDOWN.parse(markdown)));
    }

    /** The text without any markup, shortened to at most {@code max} characters (for e-mails and lists). */
    public static String excerpt(String markdown, int max) {
        String html = BLOCK_END.matcher(HTML.render(MARKDOWN.parse(markdown == null ? "" : markdown))).replaceAll(" $0");
        String plain = unescaped(NO_MARKUP.sanitize(html))
                .replaceAll("\\s+", " ").strip();
        if (plain.length() <= max) {
            return plain;
        }
        int end = max > 1 && Character.isLowSurrogate(plain.charAt(max - 1)) ? max - 2 : max - 1;
        return plain.substring(0, end).strip() + "…";
    }

    private static String unescaped(String html) {
        Matcher entity = ENTITY.matcher(html);
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String character = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1)));
            };
            entity.appendReplacement(text, Matcher.quoteReplacement(character));
        }
        return entity.appendTail(text).toString();
    }
}
