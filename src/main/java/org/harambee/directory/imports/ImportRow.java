package org.harambee.directory.imports;

import java.util.Map;

/**
 * One row of an import file: the line it starts on (the header is line 1; a quoted cell spanning lines counts
 * them all) and its cells by column, stripped of surrounding spaces, blank ones left out.
 */
record ImportRow(int line, Map<ImportColumn, String> cells) {

    ImportRow {
        cells = Map.copyOf(cells);
    }

    /** The cell of this column, or null when it is blank or the file has no such column. */
    String cell(ImportColumn column) {
        return cells.get(column);
    }
}
