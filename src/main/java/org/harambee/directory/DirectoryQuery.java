package org.harambee.directory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What someone looks for in the directory, exactly as it stands in the address: text, the chosen facet
 * values (several values of one facet all apply), the order and the page. Values are kept as given; the
 * search checks them against the vocabulary.
 *
 * @param q free text over name, mission, communities served and city
 * @param filters chosen values by facet
 * @param sort relevance, name or newest
 * @param page zero-based page number
 */
public record DirectoryQuery(String q, Map<Facet, Set<String>> filters, Sort sort, int page) {

    /** The longest text query accepted; longer text is cut. */
    static final int Q_MAX = 200;
    /** The most values one facet may carry in an address. */
    static final int VALUES_MAX = 60;

    /** The facets of the directory, each with its address parameter. */
    public enum Facet {
        ISSUE("issue"), RIGHT("right"), STATE("state"), REGION("region"), COUNTRY("country"), TYPE("type"),
        GRASSROOTS("grassroots"), AFFECTED("affected"), LANGUAGE("language"), FOUNDING("founding"),
        OFFER("offer"), NEED("need"), STATUS("status");

        private final String parameter;

        Facet(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        /** Whether the facet is a yes/no choice (only "true" means anything). */
        public boolean yesNo() {
            return this == GRASSROOTS || this == AFFECTED || this == FOUNDING;
        }
    }

    /** The orders results can come in. */
    public enum Sort {
        RELEVANCE, NAME, NEWEST;

        static Sort of(String value) {
            for (Sort sort : values()) {
                if (sort.name().equalsIgnoreCase(value)) {
                    return sort;
                }
            }
            return null;
        }
    }

    public DirectoryQuery {
        q = q == null ? "" : q.strip();
        if (q.length() > Q_MAX) {
            q = q.substring(0, Q_MAX);
        }
        filters = Map.copyOf(filters.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue()))));
        sort = sort == null ? (q.isEmpty() ? Sort.NAME : Sort.RELEVANCE) : sort;
        page = Math.max(0, page);
    }

    /** Everything, by name. */
    public static DirectoryQuery everything() {
        return new DirectoryQuery("", Map.of(), null, 0);
    }

    /** The query an address asks for; unknown parameters are ignored. */
    public static DirectoryQuery of(MultiValueMap<String, String> parameters) {
        Map<Facet, Set<String>> filters = new java.util.EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = parameters.getOrDefault(facet.parameter(), List.of());
            Set<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                    .map(v -> facet.yesNo() ? v.toLowerCase(Locale.ROOT) : v)
                    .filter(v -> !facet.yesNo() || "true".equals(v))
                    .limit(VALUES_MAX).collect(Collectors.toCollection(LinkedHashSet::new));
            filters.put(facet, kept);
        }
        int page;
        try {
            page = Integer.parseInt(parameters.getFirst("page") == null ? "0" : parameters.getFirst("page"));
        } catch (NumberFormatException notANumber) {
            page = 0;
        }
        return new DirectoryQuery(parameters.getFirst("q"), filters, Sort.of(parameters.getFirst("sort")), page);
    }

    public Set<String> values(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public boolean has(Facet facet, String value) {
        return values(facet).contains(value);
    }

    /** The same query with one more value of a facet, from the first page. */
    public DirectoryQuery with(Facet facet, String value) {
        return change(facet, values -> {
            Set<String> more = new LinkedHashSet<>(values);
            more.add(value);
            return more;
        });
    }

    /** The same query without one value of a facet, from the first page. */
    public DirectoryQuery without(Facet facet, String value) {
        return change(facet, values -> values.stream().filter(v -> !v.equals(value)).collect(Collectors.toSet()));
    }

    /** The same query without any value of a facet, from the first page. */
    public DirectoryQuery withoutAll(Facet facet) {
        return change(facet, values -> Set.of());
    }

    /** The same query, on the same page, with only these facet values (those the search understood). */
    DirectoryQuery keeping(Map<Facet, List<String>> kept) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        kept.forEach((facet, values) -> filters.put(facet, new LinkedHashSet<>(values)));
        return new DirectoryQuery(q, filters, sort, page);
    }

    /** The same query without the text. */
    public DirectoryQuery withoutText() {
        return new DirectoryQuery("", filters, sort == Sort.RELEVANCE ? null : sort, 0);
    }

    public DirectoryQuery onPage(int number) {
        return new DirectoryQuery(q, filters, sort, number);
    }

    private DirectoryQuery change(Facet facet, Function<Set<String>, Collection<String>> change) {
        Map<Facet, Set<String>> changed = new java.util.EnumMap<>(Facet.class);
        changed.putAll(filters);
        changed.put(facet, new LinkedHashSet<>(change.apply(values(facet))));
        return new DirectoryQuery(q, changed, sort, 0);
    }

    /** The address parameters of this query, in a stable order (no page when on the first). */
    public MultiValueMap<String, String> parameters() {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        if (!q.isEmpty()) {
            parameters.add("q", q);
        }
        for (Facet facet : Facet.values()) {
            List<String> values = new ArrayList<>(values(facet));
            values.sort(null);
            values.forEach(value -> parameters.add(facet.parameter(), value));
        }
        if (sort != (q.isEmpty() ? Sort.NAME : Sort.RELEVANCE)) {
            parameters.add("sort", sort.name().toLowerCase(Locale.ROOT));
        }
        if (page > 0) {
            parameters.add("page", String.valueOf(page));
        }
        return parameters;
    }

    /** The address of this query under {@code path}, e.g. "/directory?issue=housing&state=TX". */
    public String href(String path) {
        StringBuilder href = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, List<String>> parameter : parameters().entrySet()) {
            for (String value : parameter.getValue()) {
                href.append(separator).append(parameter.getKey()).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return href.toString();
    }
}
