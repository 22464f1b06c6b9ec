package org.harambee.workinggroups;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Another group the person may know of has this name: the same refusal as the database's unique name claim gives
 * when two people take the name at the same moment, so forms answer both alike (see
 * {@link org.harambee.site.UniqueField}).
 */
public class GroupNameTakenException extends DataIntegrityViolationException {

    GroupNameTakenException() {
        super("Another group the person may know of has this name");
    }
}
