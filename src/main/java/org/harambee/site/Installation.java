package org.harambee.site;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.modulith.NamedInterface;

/**
 * What an installation is configured with (environment variables in brackets): the address people open it at
 * ({@code harambee.base-url}, {@code HARAMBEE_BASE_URL}), the network's time zone ({@code harambee.time-zone},
 * {@code HARAMBEE_TIME_ZONE}) and name ({@code harambee.network-name}, {@code HARAMBEE_NETWORK_NAME}), and the
 * folder of its files and index ({@code harambee.data-dir}, {@code HARAMBEE_DATA_DIR}). Read once at start-up: a
 * value that cannot work stops the start with a message that names the setting, instead of links or dates going
 * wrong later.
 */
@ConfigurationProperties("harambee")
@NamedInterface(name = "api", propagate = false)
public record Installation(URI baseUrl, ZoneId timeZone, String networkName, Path dataDir) {

    public Installation {
        String scheme = baseUrl == null || baseUrl.getScheme() == null ? ""
                : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null
                || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("harambee.base-url (HARAMBEE_BASE_URL) must be the address people "
                    + "open the site at, such as https://network.example.org, not " + baseUrl);
        }
        if (timeZone == null) {
            throw new IllegalArgumentException("harambee.time-zone (HARAMBEE_TIME_ZONE) must name a time zone, such "
                    + "as America/New_York");
        }
        if (networkName == null || networkName.isBlank()) {
            throw new IllegalArgumentException("harambee.network-name (HARAMBEE_NETWORK_NAME) must not be empty");
        }
        if (dataDir == null) {
            throw new IllegalArgumentException("harambee.data-dir (HARAMBEE_DATA_DIR) must name a folder");
        }
        baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", ""));
        networkName = networkName.strip();
    }

    /** The base address as text, without a trailing slash: what a path is put after to make a link. */
    public String address() {
        return baseUrl.toString();
    }
}
