package org.harambee.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.harambee.MovableClock;
import org.junit.jupiter.api.Test;

class RecentCountsTests {

    enum Facet { TYPE }

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T12:00:00Z"));

    @Test
    void countsAreKeptForTheirLifeAndByKey() {
        RecentCounts<Facet> recent = new RecentCounts<>(clock, Duration.ofSeconds(5));
        Map<Facet, Map<String, Long>> counts = Map.of(Facet.TYPE, Map.of("GRASSROOTS", 12L));
        assertThat(recent.fresh("VISITOR")).isEmpty();
        recent.keep("VISITOR", counts);
        clock.advance(Duration.ofSeconds(4));
        assertThat(recent.fresh("VISITOR")).contains(counts);
        assertThat(recent.fresh("STAFF")).as("another reader's counts are their own").isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(recent.fresh("VISITOR")).as("five seconds old: counted again").isEmpty();
    }

    @Test
    void countsPastTheirLifeAreForgottenWhenOthersAreKept() {
        RecentCounts<Facet> recent = new RecentCounts<>(clock, Duration.ofSeconds(5));
        recent.keep("member[1]", Map.of());
        recent.keep("member[2]", Map.of());
        clock.advance(Duration.ofSeconds(6));
        recent.keep("member[3]", Map.of());
        assertThat(recent.size()).isEqualTo(1);
    }

    @Test
    void aLifeOfZeroKeepsNothing() {
        RecentCounts<Facet> recent = new RecentCounts<>(clock, Duration.ZERO);
        recent.keep("VISITOR", Map.of(Facet.TYPE, Map.of("GRASSROOTS", 12L)));
        assertThat(recent.fresh("VISITOR")).isEmpty();
    }
}
