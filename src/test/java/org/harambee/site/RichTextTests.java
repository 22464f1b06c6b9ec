package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What people write, as others see it: Markdown formatting kept, anything that could run or track removed. */
class RichTextTests {

    private static final Pattern REL = Pattern.compile("rel=\"([^\"]*)\"");

    @Test
    void markdownEmphasisAndListsAreRendered() {
        assertThat(RichText.html("Some *soft* and **strong** words"))
                .contains("<p>Some <em>soft</em> and <strong>strong</strong> words</p>");
        String lists = RichText.html("- one\n- two\n\n3. third\n4. fourth");
        assertThat(lists).contains("<ul>", "<li>one</li>", "<li>two</li>", "<ol start=\"3\">", "<li>third</li>");
        assertThat(RichText.html("> Quoted words")).contains("<blockquote>", "Quoted words");
    }

    @Test
    void linksAreKeptButNeverPassOnWhoFollowedThem() {
        String html = RichText.html("Read [our site](https://example.org/about) and [the guide](/library/12).");
        assertThat(html).contains("href=\"https://example.org/about\"", ">our site</a>", "href=\"/library/12\"");
        Matcher rel = REL.matcher(html);
        int links = 0;
        while (rel.find()) {
            assertThat(Arrays.asList(rel.group(1).split("\\s+")))
                    .containsExactlyInAnyOrder("nofollow", "noopener", "noreferrer");
            links++;
        }
        assertThat(links).isEqualTo(2);
    }

    @Test
    void scriptsAreRemovedWithTheirContent() {
        String html = RichText.html("<script>alert(1)</script>\n\nHello");
        assertThat(html).contains("Hello").doesNotContainIgnoringCase("<script").doesNotContain("alert");
        assertThat(RichText.html("Inline <script>alert(2)</script> too")).doesNotContainIgnoringCase("script")
                .doesNotContain("alert");
    }

    @Test
    void eventHandlerAttributesAreRemoved() {
        assertThat(RichText.html("<img src=x onerror=alert(1)>")).doesNotContain("onerror", "<img", "alert");
        String link = RichText.html("<a href=\"/x\" onclick=\"steal()\">x</a>");
        assertThat(link).contains("href=\"/x\"", ">x</a>").doesNotContain("onclick", "steal");
        assertThat(RichText.html("<p onmouseover=\"alert(1)\">hi</p>")).contains("hi")
                .doesNotContain("onmouseover", "alert");
    }

    @Test
    void javascriptLinksAreRemoved() {
        for (String text : new String[] {"[x](javascript:alert(1))", "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\" javascript:alert(1)\">x</a>"}) {
            assertThat(RichText.html(text)).as(text).contains("x").doesNotContainIgnoringCase("avascript")
                    .doesNotContain("href", "alert");
        }
    }

    @Test
    void svgPayloadsAreRemoved() {
        assertThat(RichText.html("<svg onload=alert(1)><script>alert(2)</script></svg>"))
                .doesNotContainIgnoringCase("svg").doesNotContain("onload", "script", "alert");
        assertThat(RichText.html("<svg><a xlink:href=\"javascript:alert(1)\">tap</a></svg>")).contains("tap")
                .doesNotContainIgnoringCase("svg").doesNotContain("xlink", "javascript", "alert");
    }

    @Test
    void framesAndStylesAreRemoved() {
        assertThat(RichText.html("<iframe src=\"https://evil.example/\"></iframe>"))
                .doesNotContain("iframe", "evil.example");
        assertThat(RichText.html("<style>body { display: none }</style>\n\nText")).contains("Text")
                .doesNotContain("style", "display");
        assertThat(RichText.html("<p style=\"position:fixed\">hi</p>")).contains("hi")
                .doesNotContain("style", "position");
    }

    @Test
    void dataAndProtocolRelativeAddressesAreRemoved() {
        for (String text : new String[] {"[file](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<a href=\"data:text/html,hi\">file</a>", "![pixel](data:image/png;base64,iVBORw0KGgo=)"}) {
            assertThat(RichText.html(text)).as(text).doesNotContain("data:", "<img", "base64");
        }
        assertThat(RichText.html("[away](//evil.example/path)")).contains("away").doesNotContain("evil.example");
    }

    @Test
    void nothingBecomesNothing() {
        assertThat(RichText.html(null)).isEmpty();
        assertThat(RichText.html("  \n ")).isEmpty();
        assertThat(RichText.excerpt(null, 10)).isEmpty();
    }

    @Test
    void anExcerptIsPlainText() {
        assertThat(RichText.excerpt("**Bold** move, *quick* [link](https://example.org)\n\n- one\n- two", 200))
                .isEqualTo("Bold move, quick link one two");
        assertThat(RichText.excerpt("<script>alert(1)</script>\n\nHello", 50)).isEqualTo("Hello");
    }

    @Test
    void anExcerptShowsCharactersNotEntities() {
        assertThat(RichText.excerpt("Fish & chips < 5 \"quoted\" it's 1 + 1 = 2 @home", 200))
                .isEqualTo("Fish & chips < 5 \"quoted\" it's 1 + 1 = 2 @home");
        assertThat(RichText.excerpt("Caf&eacute; &amp; more", 200)).isEqualTo("Café & more");
    }

    @Test
    void aLongExcerptIsShortenedWithAnEllipsis() {
        String excerpt = RichText.excerpt("one two three four five", 10);
        assertThat(excerpt).isEqualTo("one two t…").hasSize(10);
        assertThat(RichText.excerpt("short", 10)).isEqualTo("short");
        assertThat(RichText.excerpt("exactly 10", 10)).isEqualTo("exactly 10");
    }
}
