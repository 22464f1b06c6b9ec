package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON-LD and share links cannot be turned into markup or script by what organizations write. */
class StructuredDataTests {

    @Test
    void textCannotCloseTheScriptElement() {
        String json = StructuredData.jsonLd(Map.of("description", "</script><script>alert(1)</script> & \"quoted\""));
        assertThat(json).doesNotContain("<", ">", "&")
                .isEqualTo("{\"description\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"
                        + " \\u0026 \\\"quoted\\\"\"}");
    }

    @Test
    void shareLinksEncodeTheAddressAndTitle() {
        ShareLinks links = new ShareLinks("https://network.example/organizations/a-b?x=1&y=2", "Tenants & Workers");
        assertThat(links.facebook())
                .isEqualTo("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnetwork.example%2Forganizations%2Fa-b%3Fx%3D1%26y%3D2");
        assertThat(links.x()).startsWith("https://x.com/intent/post?text=Tenants%20%26%20Workers&url=https%3A%2F%2F");
        assertThat(links.email()).startsWith("mailto:?subject=Tenants%20%26%20Workers&body=");
        assertThat(links.bluesky()).startsWith("https://bsky.app/intent/compose?text=Tenants%20%26%20Workers%20https");
    }
}
