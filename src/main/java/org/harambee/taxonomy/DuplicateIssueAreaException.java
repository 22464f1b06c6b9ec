package org.harambee.taxonomy;

/** Raised when an issue area would take a name another one already has. */
public class DuplicateIssueAreaException extends RuntimeException {

    public DuplicateIssueAreaException(String name) {
        super("An issue area named '" + name + "' already exists");
    }
}
