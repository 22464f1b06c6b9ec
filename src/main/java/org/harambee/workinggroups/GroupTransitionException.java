package org.harambee.workinggroups;

import org.harambee.site.Refusal;

/** A change the group's rules do not allow (the last convener leaving, joining twice); the key names why. */
public class GroupTransitionException extends Refusal {

    public GroupTransitionException(String key) {
        super(key);
    }
}
