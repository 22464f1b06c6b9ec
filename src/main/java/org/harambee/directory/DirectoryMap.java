package org.harambee.directory;

import java.util.List;

/** The map page: the tile map, the same counts as a table by state name, and international allies by country. */
public record DirectoryMap(TileMap tiles, List<TileMap.Tile> byName, List<Country> allies) {

    /** Allies in one country, with the address of the directory filtered to them. */
    public record Country(String code, String name, long count, String href) {
    }
}
