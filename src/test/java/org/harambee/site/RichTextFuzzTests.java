package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Whatever people write in a post or a statement, the HTML shown to others holds only the formatting elements
 * the policy allows, links only to http, https, mailto or this site and marked nofollow noopener noreferrer, and
 * no other attribute (no event handler, style or source); its plain-text excerpt is as short as asked. The output
 * is parsed the way a browser parses it (jsoup follows the HTML5 parsing algorithm) rather than searched as text.
 * Seeds and earlier findings are in {@code RichTextFuzzTestsInputs/}.
 */
class RichTextFuzzTests {

    private static final Set<String> ELEMENTS = Set.of("p", "br", "hr", "strong", "b", "em", "i", "u", "s", "del",
            "ins", "sub", "sup", "small", "blockquote", "ul", "ol", "li", "code", "pre", "h2", "h3", "h4", "h5", "h6",
            "table", "thead", "tbody", "tr", "th", "td", "a");
    private static final Map<String, Set<String>> ATTRIBUTES = Map.of("a", Set.of("href", "rel"), "ol",
            Set.of("start"));
    private static final Set<String> NEVER = Set.of("<script", "<iframe", "<frame", "<img", "<svg", "<math",
            "<style", "<object", "<embed", "<form", "<input", "<button", "<meta", "<link", "<base", "<template");

    @FuzzTest
    void rendersOnlySafeHtml(byte[] written) {
        String markdown = new String(written, StandardCharsets.UTF_8);
        String html = RichText.html(markdown);
        String lower = html.toLowerCase(Locale.ROOT);
        NEVER.forEach(tag -> assertThat(lower).as(html).doesNotContain(tag));
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertThat(ELEMENTS).as(html).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                assertThat(ATTRIBUTES.getOrDefault(element.tagName(), Set.of())).as(html).contains(attribute.getKey());
            }
            if (element.hasAttr("href")) {
                String href = element.attr("href");
                assertThat(href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:")
                        || href.startsWith("/") && !href.startsWith("//") && !href.contains("\\"))
                        .as("link %s in %s", href, html).isTrue();
                assertThat(element.attr("rel").split(" ")).as(html).contains("nofollow", "noopener", "noreferrer");
            }
        }
    }

    @FuzzTest
    void excerptsPlainTextWithinTheLength(byte[] written) {
        String markdown = new String(written, StandardCharsets.UTF_8);
        for (int max : new int[] {1, 2, 40, 160}) {
            String excerpt = RichText.excerpt(markdown, max);
            assertThat(excerpt.length()).isLessThanOrEqualTo(max);
            assertThat(excerpt).isEqualTo(excerpt.strip()).doesNotContain("  ", "\n", "\t");
            assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(excerpt)).as("whole characters: %s", excerpt)
                    .isTrue();
        }
    }
}
