package org.harambee.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;

/**
 * Which states share a land border, from {@code taxonomy/state-borders.txt} (the 50 states and the District of
 * Columbia; territories and the two states without land neighbours have none). Geography does not change, so it
 * is data shipped with the application rather than rows staff edit.
 */
@NamedInterface(name = "api", propagate = false)
public final class StateBorders {

    private static final String RESOURCE = "/taxonomy/state-borders.txt";

    private final Map<String, Set<String>> neighbours;

    private StateBorders(Map<String, Set<String>> neighbours) {
        this.neighbours = neighbours;
    }

    /** The borders as shipped. */
    public static StateBorders load() {
        InputStream in = StateBorders.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Set<String>> neighbours = new TreeMap<>();
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> {
                        String[] stateAndNeighbours = line.split(":", 2);
                        neighbours.put(stateAndNeighbours[0].strip(), Arrays.stream(stateAndNeighbours[1].strip()
                                .split("\\s+")).filter(code -> !code.isEmpty()).collect(Collectors.toUnmodifiableSet()));
                    });
            return new StateBorders(Map.copyOf(neighbours));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The states bordering this one (postal codes); none for a territory, an unknown code or null. */
    public Set<String> neighboursOf(String code) {
        return code == null ? Set.of() : neighbours.getOrDefault(code.toUpperCase(Locale.ROOT), Set.of());
    }

    /** Whether two states share a border. */
    public boolean border(String one, String other) {
        return other != null && neighboursOf(one).contains(other.toUpperCase(Locale.ROOT));
    }

    /** Every state listed, with or without neighbours. */
    public Set<String> states() {
        return neighbours.keySet();
    }
}
