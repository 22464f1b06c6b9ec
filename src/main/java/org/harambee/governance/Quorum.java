package org.harambee.governance;

/**
 * An assembly's quorum at a moment: the members on its roll, those checked in, the proxies that count (given by a
 * member that is not checked in to one that is), and how many must be represented.
 */
public record Quorum(int roll, int present, int proxies, int needed) {

    /** Members represented: checked in, or by a proxy whose holder is checked in. */
    public int represented() {
        return present + proxies;
    }

    public boolean met() {
        return represented() >= needed;
    }
}
