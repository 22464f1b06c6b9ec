package org.harambee.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.IntegrationTest;
import org.harambee.directory.DirectoryQuery.Facet;
import org.harambee.membership.Audience;
import org.harambee.membership.MembershipStatus;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.taxonomy.UsState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Facet counts are checked against a brute-force count over the same organizations, for random combinations
 * of filters and for every audience: a count always says how many results choosing that value gives.
 */
@IntegrationTest
class DirectoryFacetsIntegrationTests {

    /** Facets of which an organization holds one value: their chosen values are alternatives. */
    private static final Set<Facet> ONE_PER_ORGANIZATION = Set.of(Facet.STATE, Facet.REGION, Facet.COUNTRY,
            Facet.TYPE, Facet.STATUS);


    @Autowired
    NetworkSample sample;
    @Autowired
    DirectorySearch search;
    @Autowired
    Taxonomy taxonomy;

    String marker;
    List<NetworkSample.Member> members;
    Map<Long, String> slugs;
    Map<String, String> regions;

    @BeforeEach
    void aSampleOfTheNetwork() {
        marker = NetworkSample.marker();
        members = sample.register(marker, 60, 2003);
        slugs = taxonomy.allIssueAreas().stream().collect(Collectors.toMap(IssueArea::id, IssueArea::slug));
        regions = taxonomy.states().stream().collect(Collectors.toMap(UsState::code, UsState::region));
    }

    @Test
    void countsEqualABruteForceCountForRandomFilterCombinations() {
        Random random = new Random(10122003);
        for (int round = 0; round < 40; round++) {
            Audience audience = Audience.values()[round % 3];
            Map<Facet, Set<String>> chosen = randomFilters(random, audience);
            MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
            parameters.add("q", marker);
            chosen.forEach((facet, values) -> values.forEach(value -> parameters.add(facet.parameter(), value)));
            DirectoryResults results = search.search(DirectoryQuery.of(parameters), audience, 100);

            List<NetworkSample.Member> found = members.stream()
                    .filter(m -> visible(m, audience) && matches(m, chosen, null)).toList();
            assertThat(results.total()).as("total for %s %s", audience, chosen).isEqualTo(found.size());
            assertThat(results.entries()).extracting(DirectoryEntry::name)
                    .containsExactlyInAnyOrderElementsOf(found.stream().map(NetworkSample.Member::name).toList());
            for (Facet facet : Facet.values()) {
                if (facet == Facet.STATUS && audience != Audience.STAFF) {
                    assertThat(results.counts()).doesNotContainKey(Facet.STATUS);
                    continue;
                }
                Facet leftOut = ONE_PER_ORGANIZATION.contains(facet) && chosen.containsKey(facet) ? facet : null;
                Map<String, Long> expected = new HashMap<>();
                members.stream().filter(m -> visible(m, audience) && matches(m, chosen, leftOut))
                        .forEach(m -> values(m, facet).forEach(value -> expected.merge(value, 1L, Long::sum)));
                assertThat(results.counts(facet)).as("%s counts for %s %s", facet, audience, chosen)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void eachCountIsTheNumberOfResultsChoosingThatValueGives() {
        DirectoryQuery start = DirectoryQuery.of(new LinkedMultiValueMap<>(Map.of("q", List.of(marker))));
        DirectoryResults all = search.search(start, Audience.MEMBER, 100);
        for (Facet facet : List.of(Facet.ISSUE, Facet.STATE, Facet.LANGUAGE, Facet.GRASSROOTS, Facet.TYPE)) {
            all.counts(facet).forEach((value, count) -> assertThat(
                    search.search(start.with(facet, value), Audience.MEMBER, 1).total())
                    .as("%s=%s", facet, value).isEqualTo(count));
        }
    }

    private Map<Facet, Set<String>> randomFilters(Random random, Audience audience) {
        List<Facet> facets = new ArrayList<>(List.of(Facet.values()));
        if (audience != Audience.STAFF) {
            facets.remove(Facet.STATUS);
        }
        Map<Facet, Set<String>> chosen = new EnumMap<>(Facet.class);
        int count = 1 + random.nextInt(3);
        while (chosen.size() < count) {
            Facet facet = facets.get(random.nextInt(facets.size()));
            List<String> seen = members.stream().flatMap(m -> values(m, facet).stream()).distinct().sorted().toList();
            if (seen.isEmpty()) {
                continue;
            }
            Set<String> values = new HashSet<>();
            values.add(seen.get(random.nextInt(seen.size())));
            if (random.nextInt(3) == 0) {
                values.add(seen.get(random.nextInt(seen.size())));
            }
            chosen.put(facet, values);
        }
        return chosen;
    }

    private static boolean visible(NetworkSample.Member m, Audience audience) {
        return switch (audience) {
            case VISITOR -> m.status() == MembershipStatus.ACTIVE && m.profile().listedPublicly();
            case MEMBER -> m.status() == MembershipStatus.ACTIVE;
            case STAFF -> true;
        };
    }

    private boolean matches(NetworkSample.Member m, Map<Facet, Set<String>> chosen, Facet leftOut) {
        return chosen.entrySet().stream().filter(e -> e.getKey() != leftOut).allMatch(e -> {
            Set<String> has = values(m, e.getKey());
            return ONE_PER_ORGANIZATION.contains(e.getKey())
                    ? e.getValue().stream().anyMatch(has::contains) : has.containsAll(e.getValue());
        });
    }

    private Set<String> values(NetworkSample.Member m, Facet facet) {
        var p = m.profile();
        Set<String> values = new HashSet<>();
        switch (facet) {
            case ISSUE -> p.issueAreas().forEach(id -> values.add(slugs.get(id)));
            case RIGHT -> p.rights().forEach(article -> values.add(String.valueOf(article)));
            case STATE -> {
                if (p.state() != null) {
                    values.add(p.state());
                }
            }
            case REGION -> {
                if (p.state() != null) {
                    values.add(regions.get(p.state()));
                }
            }
            case COUNTRY -> {
                if (p.country() != null) {
                    values.add(p.country());
                }
            }
            case TYPE -> values.add(p.type().name());
            case GRASSROOTS -> yes(values, p.grassroots());
            case AFFECTED -> yes(values, p.ledByDirectlyAffected());
            case FOUNDING -> yes(values, m.founding());
            case LANGUAGE -> values.addAll(p.languages());
            case OFFER -> p.offers().forEach(offer -> values.add(offer.name()));
            case NEED -> p.needs().forEach(need -> values.add(need.name()));
            case STATUS -> values.add(m.status().name());
        }
        return values;
    }

    private static void yes(Set<String> values, boolean yes) {
        if (yes) {
            values.add("true");
        }
    }
}
