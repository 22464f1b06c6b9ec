package org.harambee.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.modulith.NamedInterface;

/**
 * Facet counts kept for a short while, for a search asked again and again with the same counts (the whole
 * directory, before anyone chooses anything): counting every facet over every document is the costliest part of
 * such a page, and counts a few seconds behind the index mislead nobody. Kept by a key the caller gives (who
 * reads, since readers see different documents).
 */
@NamedInterface(name = "api", propagate = false)
public final class RecentCounts<F extends Enum<F>> {

    private final Clock clock;
    private final Duration life;
    private final Map<String, Kept<F>> kept = new ConcurrentHashMap<>();

    /** Counts kept for {@code life} (zero: never kept). */
    public RecentCounts(Clock clock, Duration life) {
        this.clock = clock;
        this.life = life;
    }

    /** The counts kept for this key, unless older than their life. */
    public Optional<Map<F, Map<String, Long>>> fresh(String key) {
        Kept<F> found = kept.get(key);
        return found == null || !clock.instant().isBefore(found.at().plus(life)) ? Optional.empty()
                : Optional.of(found.counts());
    }

    /** Keeps counts just counted for this key, and forgets those past their life (readers' keys come and go). */
    public void keep(String key, Map<F, Map<String, Long>> counts) {
        if (!life.isZero()) {
            Instant now = clock.instant();
            kept.values().removeIf(old -> !now.isBefore(old.at().plus(life)));
            kept.put(key, new Kept<>(now, Map.copyOf(counts)));
        }
    }

    /** How many keys have counts kept. */
    int size() {
        return kept.size();
    }

    private record Kept<F>(Instant at, Map<F, Map<String, Long>> counts) {
    }
}
