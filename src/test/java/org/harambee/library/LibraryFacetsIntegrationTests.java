package org.harambee.library;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.IntegrationTest;
import org.harambee.MovableClock;
import org.harambee.identity.HarambeeUser;
import org.harambee.identity.Role;
import org.harambee.membership.MembershipFixtures;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.library.LibraryQuery.Facet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The directory's facet semantics in the library: type and year are alternatives counted sideways (choosing a
 * type still counts the other types), instruments and languages narrow and are counted within the results;
 * every count is the number of results its link gives.
 */
@IntegrationTest
class LibraryFacetsIntegrationTests {

    @Autowired
    Resources resources;
    @Autowired
    LibrarySearch search;
    @Autowired
    EntityManager entityManager;
    @Autowired
    Taxonomy taxonomy;
    @Autowired
    LibraryReaders readers;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MembershipFixtures fixtures;
    private HarambeeUser staff;

    @Test
    void alternativesCountSidewaysAndNarrowingFacetsCountWithinTheResults() {
        String tag = "facet" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        published(tag, ResourceType.TOOLKIT, 2021, Set.of("en"), Set.of("ICCPR", "CAT"));
        published(tag, ResourceType.TOOLKIT, 2022, Set.of("en", "es"), Set.of("ICCPR"));
        published(tag, ResourceType.REPORT, 2022, Set.of("es"), Set.of("CAT"));

        LibraryResults all = search(Map.of("q", tag));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.counts().get(Facet.TYPE)).containsOnly(Map.entry("TOOLKIT", 2L), Map.entry("REPORT", 1L));
        assertThat(all.counts().get(Facet.YEAR)).containsOnly(Map.entry("2021", 1L), Map.entry("2022", 2L));

        LibraryResults toolkits = search(Map.of("q", tag, "type", "TOOLKIT"));
        assertThat(toolkits.total()).isEqualTo(2);
        assertThat(toolkits.counts().get(Facet.TYPE)).containsOnly(Map.entry("TOOLKIT", 2L), Map.entry("REPORT", 1L));
        assertThat(toolkits.counts().get(Facet.INSTRUMENT)).containsOnly(Map.entry("ICCPR", 2L), Map.entry("CAT", 1L));
        assertThat(toolkits.counts().get(Facet.LANGUAGE)).containsOnly(Map.entry("en", 2L), Map.entry("es", 1L));

        LibraryResults narrowed = search(Map.of("q", tag, "instrument", "CAT"));
        assertThat(narrowed.total()).isEqualTo(2);
        assertThat(narrowed.counts().get(Facet.TYPE)).containsOnly(Map.entry("TOOLKIT", 1L), Map.entry("REPORT", 1L));
        assertThat(narrowed.counts().get(Facet.INSTRUMENT)).containsOnly(Map.entry("CAT", 2L), Map.entry("ICCPR", 1L));

        assertThat(search(Map.of("q", tag, "instrument", "NOPE")).total()).isZero();
        LibraryResults notAYear = search(Map.of("q", tag, "year", "twenty"));
        assertThat(notAYear.total()).as("a value that names nothing is left out").isEqualTo(search(Map.of("q", tag))
                .total());
        assertThat(notAYear.ignored()).containsExactly("year=twenty");
    }

    @Test
    void theWholeLibrarysCountsAreKeptAFewSecondsForReadersWhoSeeTheSame() {
        MovableClock clock = new MovableClock();
        LibrarySearch keeping = new LibrarySearch(entityManager, taxonomy, readers, clock, Duration.ofSeconds(5));
        LibraryQuery whole = LibraryQuery.of(new LinkedMultiValueMap<>());
        long before = types(transactions.execute(done -> keeping.search(whole, null)));
        long beforeForStaff = types(transactions.execute(done -> keeping.search(whole, staff())));
        published("kept" + UUID.randomUUID().toString().substring(0, 8), ResourceType.TOOLKIT, 2020, Set.of("en"),
                Set.of());

        clock.advance(Duration.ofSeconds(4));
        LibraryResults kept = transactions.execute(done -> keeping.search(whole, null));
        assertThat(types(kept)).as("counts four seconds old are shown again").isEqualTo(before);
        assertThat(kept.total()).as("the results themselves are always current").isEqualTo(before + 1);
        assertThat(types(transactions.execute(done -> keeping.search(whole, staff()))))
                .as("staff's counts are kept apart").isEqualTo(beforeForStaff);
        clock.advance(Duration.ofSeconds(1));
        assertThat(types(transactions.execute(done -> keeping.search(whole, null)))).isEqualTo(before + 1);
        MultiValueMap<String, String> chosen = new LinkedMultiValueMap<>();
        chosen.add("type", "TOOLKIT");
        assertThat(transactions.execute(done -> keeping.search(LibraryQuery.of(chosen), null)).counts()
                .get(Facet.TYPE)).as("a search that chooses counts afresh").containsKey("TOOLKIT");
    }

    private static long types(LibraryResults results) {
        return results.counts().getOrDefault(Facet.TYPE, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    private HarambeeUser staff() {
        if (staff == null) {
            staff = fixtures.account(Role.STAFF);
        }
        return staff;
    }

    @Test
    void moreLikeThisFindsResourcesOnTheSameSubjectThatTheReaderMaySee() {
        String tag = "similar" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Resource eviction = resources.save(publishedResource("Eviction defense toolkit " + tag,
                "Tenants organizing against eviction " + tag, ResourceVisibility.PUBLIC));
        Resource alike = resources.save(publishedResource("Eviction defense in court " + tag,
                "How tenants answer an eviction notice " + tag, ResourceVisibility.PUBLIC));
        Resource membersOnly = resources.save(publishedResource("Eviction defense strategy " + tag,
                "Internal notes on eviction defense " + tag, ResourceVisibility.MEMBERS));
        Resource unrelated = resources.save(publishedResource("Water quality report", "Lead in pipes",
                ResourceVisibility.PUBLIC));

        List<Long> forVisitors = search.similar(ResourceView.of(eviction, Reader.VISITOR), null, 5).stream().map(LibraryResults.Hit::id).toList();
        assertThat(forVisitors).contains(alike.id()).doesNotContain(eviction.id(), membersOnly.id(), unrelated.id());
    }

    private static Resource publishedResource(String title, String summary, ResourceVisibility visibility) {
        Resource resource = new Resource(new ResourceDescription(title, summary, ResourceType.TOOLKIT, null,
                visibility, null, "https://example.org/x", Set.of(), Set.of(), List.of(), Set.of(), Set.of(), Set.of()),
                UUID.randomUUID(), Instant.now());
        resource.publish(UUID.randomUUID(), Instant.now());
        return resource;
    }

    private LibraryResults search(Map<String, String> parameters) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        parameters.forEach(query::add);
        return search.search(LibraryQuery.of(query), null);
    }

    private void published(String tag, ResourceType type, int year, Set<String> languages, Set<String> instruments) {
        Resource resource = new Resource(new ResourceDescription("Facets " + tag, "About " + tag, type,
                LocalDate.of(year, 3, 1), ResourceVisibility.PUBLIC, null, "https://example.org/" + tag, languages,
                Set.of(), List.of(), Set.of(), Set.of(), instruments), UUID.randomUUID(), Instant.now());
        resource.publish(UUID.randomUUID(), Instant.now());
        resources.save(resource);
    }
}
