package org.harambee.site;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.modulith.NamedInterface;

/** Links people type into forms (a meeting room, a call): what the network accepts as one. */
@NamedInterface(name = "api", propagate = false)
public final class WebLinks {

    private WebLinks() {
    }

    /** Whether {@code link} is an https address of a host: nothing a browser would run, nothing unencrypted. */
    public static boolean https(String link) {
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }
}
