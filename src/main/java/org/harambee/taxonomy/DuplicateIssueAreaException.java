package org.harambee.taxonomy;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Raised when an issue area would take a name another one already has: the same refusal as the database's unique
 * name, so forms answer both alike (see {@link org.harambee.site.UniqueField}).
 */
public class DuplicateIssueAreaException extends DataIntegrityViolationException {

    public DuplicateIssueAreaException(String name) {
        super("An issue area named '" + name + "' already exists");
    }
}
