package org.harambee.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.harambee.directory.DirectoryQuery.Facet;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** The directory's state lives in the address: what an address asks for, and the addresses of every next step. */
class DirectoryQueryTests {

    /** The query of an address's (encoded) query string, decoded as the server decodes it. */
    private static DirectoryQuery of(String query) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        UriComponentsBuilder.fromUriString("/directory?" + query).build().getQueryParams()
                .forEach((name, values) -> values.forEach(value -> parameters.add(name,
                        value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8))));
        return DirectoryQuery.of(parameters);
    }

    @Test
    void anAddressReadsBackAsTheSameQuery() {
        DirectoryQuery query = of("q=rights%20%26%20dignity&issue=labor&issue=housing&state=TX&grassroots=true&sort=newest&page=2");
        assertThat(query.q()).isEqualTo("rights & dignity");
        assertThat(query.values(Facet.ISSUE)).containsExactlyInAnyOrder("housing", "labor");
        assertThat(query.sort()).isEqualTo(DirectoryQuery.Sort.NEWEST);
        assertThat(query.page()).isEqualTo(2);
        String href = query.href("/directory");
        assertThat(href).isEqualTo("/directory?q=rights+%26+dignity&issue=housing&issue=labor&state=TX&grassroots=true"
                + "&sort=newest&page=2");
        assertThat(of(href.substring(href.indexOf('?') + 1).replace("+", "%20"))).isEqualTo(query);
    }

    @Test
    void nonsenseIsIgnoredRatherThanRefused() {
        DirectoryQuery query = of("page=-3&sort=sideways&grassroots=maybe&affected=TRUE&founding=&unknown=1&issue=");
        assertThat(query.page()).isZero();
        assertThat(query.sort()).isEqualTo(DirectoryQuery.Sort.NAME);
        assertThat(query.filters()).containsOnlyKeys(Facet.AFFECTED);
        assertThat(of("page=lots").page()).isZero();
        assertThat(of("q=" + "a".repeat(500)).q()).hasSize(DirectoryQuery.Q_MAX);
    }

    @Test
    void choosingOrDroppingAValueStartsAgainFromTheFirstPage() {
        DirectoryQuery query = of("issue=housing&page=3");
        assertThat(query.with(Facet.STATE, "TX").href("/directory")).isEqualTo("/directory?issue=housing&state=TX");
        assertThat(query.without(Facet.ISSUE, "housing").href("/directory")).isEqualTo("/directory");
        assertThat(query.onPage(4).href("/directory")).isEqualTo("/directory?issue=housing&page=4");
        assertThat(DirectoryQuery.of(new LinkedMultiValueMap<>(Map.of("q", List.of("tenants")))).sort())
                .as("text ranks by relevance unless asked otherwise").isEqualTo(DirectoryQuery.Sort.RELEVANCE);
    }
}
