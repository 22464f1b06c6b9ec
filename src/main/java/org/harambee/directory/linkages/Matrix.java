package org.harambee.directory.linkages;

import java.util.List;
import org.harambee.taxonomy.HumanRight;
import org.harambee.taxonomy.IssueArea;
import org.harambee.taxonomy.RightsFamily;

/**
 * How many organizations work on each issue area and right together: rows are issue areas, columns the rights
 * grouped civil-political, economic-social-cultural, then foundational. Each cell has a shade level from 0 (none)
 * to 5 (the most of any cell), and its count is always written in it, so colour is never the only way to read it.
 * Also the positions of everything in the drawing, so that the template only places them.
 */
public record Matrix(List<Group> groups, List<Row> rows, long max) {

    static final int LEVELS = 5;
    static final int LABEL_WIDTH = 330;
    static final int CELL = 34;
    static final int GROUP_GAP = 10;
    static final int HEADER = 64;

    /** A family of rights and its columns, the first at {@code firstColumn}. */
    public record Group(RightsFamily family, List<HumanRight> rights, int firstColumn) {
    }

    /** One issue area, how many organizations work on it, and its cells in column order. */
    public record Row(IssueArea area, long organizations, List<Cell> cells) {
    }

    /** The organizations working on both the row's issue area and this right. */
    public record Cell(HumanRight right, long count, int level) {
    }

    static int level(long count, long max) {
        return count == 0 || max == 0 ? 0 : (int) Math.max(1, Math.ceil(LEVELS * (double) count / max));
    }

    /** The left edge of a column in the drawing (groups are set apart by a small gap). */
    public int x(int column) {
        int gaps = 0;
        for (Group group : groups) {
            if (column >= group.firstColumn() + group.rights().size()) {
                gaps++;
            }
        }
        return LABEL_WIDTH + column * CELL + gaps * GROUP_GAP;
    }

    public int y(int row) {
        return HEADER + row * CELL;
    }

    public int columns() {
        return groups.stream().mapToInt(group -> group.rights().size()).sum();
    }

    public int width() {
        return x(columns()) - GROUP_GAP + 1;
    }

    public int height() {
        return y(rows.size()) + 1;
    }

    public int cell() {
        return CELL;
    }
}
