package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class InstallationTests {

    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final Path DATA = Path.of("data");

    @Test
    void linksAreMadeFromTheBaseAddressWithoutItsTrailingSlashes() {
        Installation installation = new Installation(URI.create("https://network.example.org/hub//"), ZONE,
                "  Our network ", DATA);

        assertThat(installation.address()).isEqualTo("https://network.example.org/hub");
        assertThat(installation.baseUrl()).hasToString("https://network.example.org/hub");
        assertThat(installation.networkName()).isEqualTo("Our network");
    }

    @Test
    void anAddressPeopleCannotOpenStopsTheStartNamingTheSetting() {
        for (String wrong : new String[] {"network.example.org", "ftp://network.example.org", "https:///path",
                "https://network.example.org/?x=1", "https://network.example.org/#top", "/relative"}) {
            assertThatThrownBy(() -> new Installation(URI.create(wrong), ZONE, "Network", DATA))
                    .as(wrong).hasMessageContaining("harambee.base-url").hasMessageContaining("HARAMBEE_BASE_URL");
        }
    }

    @Test
    void aNetworkWithoutANameOrATimeZoneOrAFolderStopsTheStart() {
        URI base = URI.create("http://localhost:8080");
        assertThatThrownBy(() -> new Installation(base, ZONE, " ", DATA)).hasMessageContaining("harambee.network-name");
        assertThatThrownBy(() -> new Installation(base, null, "Network", DATA))
                .hasMessageContaining("harambee.time-zone");
        assertThatThrownBy(() -> new Installation(base, ZONE, "Network", null))
                .hasMessageContaining("harambee.data-dir");
    }
}
