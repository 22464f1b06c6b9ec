package org.harambee.site;

import org.springframework.modulith.NamedInterface;

/** Text written into a CSV file that people open in a spreadsheet. */
@NamedInterface(name = "api", propagate = false)
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * A cell a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage return) gets a
     * leading apostrophe, so it shows as the text it is.
     */
    public static String neutralized(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
