package org.harambee.site;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * Plain share addresses for a page: following one opens the network's own share form in a new tab. No script,
 * image or font of theirs is loaded here, so nobody learns who reads the page until they choose to share it.
 */
public record ShareLinks(String url, String title) {

    public String email() {
        return "mailto:?subject=" + encode(title) + "&body=" + encode(title + "\n" + url);
    }

    public String mastodon() {
        return "https://mastodonshare.com/?text=" + encode(title) + "&url=" + encode(url);
    }

    public String bluesky() {
        return "https://bsky.app/intent/compose?text=" + encode(title + " " + url);
    }

    public String facebook() {
        return "https://www.facebook.com/sharer/sharer.php?u=" + encode(url);
    }

    public String linkedIn() {
        return "https://www.linkedin.com/sharing/share-offsite/?url=" + encode(url);
    }

    public String x() {
        return "https://x.com/intent/post?text=" + encode(title) + "&url=" + encode(url);
    }

    /** Every character but the unreserved ones percent-encoded (spaces as %20, which mail programs read too). */
    private static String encode(String text) {
        return UriUtils.encode(text, StandardCharsets.UTF_8);
    }
}
