package org.harambee.accountability;

/**
 * A follow-up step that does not hold: the form field it concerns (or null for the whole step) and the message
 * key of the reason. Nothing changed.
 */
public class FollowUpException extends RuntimeException {

    private final String field;
    private final String reason;

    FollowUpException(String field, String reason) {
        super(reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
