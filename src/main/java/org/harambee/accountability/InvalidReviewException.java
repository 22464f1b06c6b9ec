package org.harambee.accountability;

/**
 * A review the calendar's rules refuse (its end before its start, a deadline after it starts): at which field of its
 * form, and why.
 */
public class InvalidReviewException extends RuntimeException {

    private final String field;
    private final String key;

    public InvalidReviewException(String field, String key) {
        super(field + ": " + key);
        this.field = field;
        this.key = key;
    }

    /** The field of the review's form the problem is at. */
    public String field() {
        return field;
    }

    /** The message key telling staff why. */
    public String key() {
        return key;
    }
}
