package org.harambee.directory;

import java.util.List;
import java.util.Map;

/**
 * A tile-grid map of the United States: one equal square per state and for the District of Columbia, laid
 * out roughly where each lies, with the territories on a row of their own. Shaded by how many organizations
 * each has under the current query, with the count written in every square so colour is never the only cue.
 */
public record TileMap(List<Tile> tiles, int columns, int rows, long most) {

    /** The size of a square, in the SVG's units. */
    public static final int SIZE = 60;

    /** Where each square lies: column and row. */
    static final Map<String, int[]> GRID = Map.ofEntries(
            Map.entry("AK", new int[] {0, 0}), Map.entry("ME", new int[] {10, 0}),
            Map.entry("VT", new int[] {9, 1}), Map.entry("NH", new int[] {10, 1}),
            Map.entry("WA", new int[] {0, 2}), Map.entry("ID", new int[] {1, 2}), Map.entry("MT", new int[] {2, 2}),
            Map.entry("ND", new int[] {3, 2}), Map.entry("MN", new int[] {4, 2}), Map.entry("IL", new int[] {5, 2}),
            Map.entry("WI", new int[] {6, 2}), Map.entry("MI", new int[] {7, 2}), Map.entry("NY", new int[] {8, 2}),
            Map.entry("RI", new int[] {9, 2}), Map.entry("MA", new int[] {10, 2}),
            Map.entry("OR", new int[] {0, 3}), Map.entry("NV", new int[] {1, 3}), Map.entry("WY", new int[] {2, 3}),
            Map.entry("SD", new int[] {3, 3}), Map.entry("IA", new int[] {4, 3}), Map.entry("IN", new int[] {5, 3}),
            Map.entry("OH", new int[] {6, 3}), Map.entry("PA", new int[] {7, 3}), Map.entry("NJ", new int[] {8, 3}),
            Map.entry("CT", new int[] {9, 3}),
            Map.entry("CA", new int[] {0, 4}), Map.entry("UT", new int[] {1, 4}), Map.entry("CO", new int[] {2, 4}),
            Map.entry("NE", new int[] {3, 4}), Map.entry("MO", new int[] {4, 4}), Map.entry("KY", new int[] {5, 4}),
            Map.entry("WV", new int[] {6, 4}), Map.entry("VA", new int[] {7, 4}), Map.entry("MD", new int[] {8, 4}),
            Map.entry("DE", new int[] {9, 4}),
            Map.entry("AZ", new int[] {1, 5}), Map.entry("NM", new int[] {2, 5}), Map.entry("KS", new int[] {3, 5}),
            Map.entry("AR", new int[] {4, 5}), Map.entry("TN", new int[] {5, 5}), Map.entry("NC", new int[] {6, 5}),
            Map.entry("SC", new int[] {7, 5}), Map.entry("DC", new int[] {8, 5}),
            Map.entry("OK", new int[] {3, 6}), Map.entry("LA", new int[] {4, 6}), Map.entry("MS", new int[] {5, 6}),
            Map.entry("AL", new int[] {6, 6}), Map.entry("GA", new int[] {7, 6}),
            Map.entry("HI", new int[] {0, 7}), Map.entry("TX", new int[] {3, 7}), Map.entry("FL", new int[] {8, 7}),
            Map.entry("GU", new int[] {0, 8}), Map.entry("MP", new int[] {1, 8}), Map.entry("AS", new int[] {2, 8}),
            Map.entry("PR", new int[] {9, 8}), Map.entry("VI", new int[] {10, 8}));

    /** Levels of shading, from none (0) to the most (5). */
    static final int LEVELS = 5;

    /** A square: its state, where it lies, its count, its shade and the address that chooses it. */
    public record Tile(String code, String name, int x, int y, long count, int shade, String href) {
    }

    static TileMap of(Map<String, Long> counts, Map<String, String> names, DirectoryQuery query) {
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        DirectoryQuery anywhere = query.withoutAll(DirectoryQuery.Facet.STATE).withoutAll(DirectoryQuery.Facet.REGION)
                .withoutAll(DirectoryQuery.Facet.COUNTRY);
        List<Tile> tiles = GRID.entrySet().stream().filter(e -> names.containsKey(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> {
                    long count = counts.getOrDefault(e.getKey(), 0L);
                    int shade = count == 0 ? 0 : (int) Math.max(1, Math.ceil(LEVELS * (double) count / most));
                    return new Tile(e.getKey(), names.get(e.getKey()), e.getValue()[0] * SIZE, e.getValue()[1] * SIZE,
                            count, shade, anywhere.with(DirectoryQuery.Facet.STATE, e.getKey()).href("/directory"));
                })
                .toList();
        return new TileMap(tiles, 11, 9, most);
    }

    public int width() {
        return columns * SIZE;
    }

    public int height() {
        return rows * SIZE;
    }
}
