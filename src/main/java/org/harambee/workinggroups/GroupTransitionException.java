package org.harambee.workinggroups;

/** A change the group's rules do not allow (the last convener leaving, joining twice); the key names why. */
public class GroupTransitionException extends RuntimeException {

    private final String reason;

    public GroupTransitionException(String reason) {
        super(reason);
        this.reason = reason;
    }

    /** The message key telling the person why. */
    public String reason() {
        return reason;
    }
}
