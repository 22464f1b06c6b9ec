package org.harambee.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Style sheets, scripts and images are fetched once: their addresses carry their content's hash and their answers
 * may be kept a year; text goes out compressed (htmx, 50 KB as sent by its package, included).
 */
@IntegrationTest
class StaticAssetsIntegrationTests {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|img|js|webjars)/[^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyStaticFileOfAPageHasAVersionedAddressKeptForAYear() throws Exception {
        String home = get("/", "identity").body();
        Matcher assets = ASSET.matcher(home);
        int found = 0;
        while (assets.find()) {
            String address = assets.group(1);
            assertThat(address).as("a content hash in the address").matches(".*-[0-9a-f]{32}\\.[a-z]+$");
            HttpResponse<String> asset = get(address, "identity");
            assertThat(asset.statusCode()).as(address).isEqualTo(200);
            assertThat(asset.headers().firstValue("Cache-Control").orElse("")).as(address)
                    .contains("max-age=31536000").contains("public").doesNotContain("no-store");
            found++;
        }
        assertThat(found).as("the style sheet, the icon, the logo and htmx").isGreaterThanOrEqualTo(4);
    }

    @Test
    void textIsSentCompressedScriptsIncluded() throws Exception {
        Matcher htmx = Pattern.compile("src=\"(/webjars/htmx[^\"]+)\"").matcher(get("/", "identity").body());
        assertThat(htmx.find()).isTrue();
        for (String address : new String[] {htmx.group(1), "/"}) {
            assertThat(get(address, "gzip").headers().firstValue("Content-Encoding")).as(address).contains("gzip");
        }
    }

    private HttpResponse<String> get(String path, String encoding) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", encoding).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
