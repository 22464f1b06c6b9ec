package org.harambee.accountability;

/**
 * A file of recommendations that cannot be imported, and why: the line (from 1; 0 for the file as a whole), the
 * column it concerns (or null), a message key under {@code accountability.import.problem.} and the value found.
 * Nothing of the file is imported.
 */
public class UprFileException extends RuntimeException {

    private final int line;
    private final String column;
    private final String problem;
    private final String value;

    UprFileException(int line, String column, String problem, String value) {
        super("Line " + line + (column == null ? "" : ", column " + column) + ": " + problem
                + (value == null ? "" : " (" + value + ")"));
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.value = value;
    }

    public int line() {
        return line;
    }

    public String column() {
        return column;
    }

    /** The kind of problem: the last part of its message key. */
    public String problem() {
        return problem;
    }

    public String value() {
        return value;
    }
}
