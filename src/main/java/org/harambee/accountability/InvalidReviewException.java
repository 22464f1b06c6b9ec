package org.harambee.accountability;

import org.harambee.site.Refusal;

/**
 * A review the calendar's rules refuse (its end before its start, a deadline after it starts): at which field of its
 * form, and why.
 */
public class InvalidReviewException extends Refusal {

    public InvalidReviewException(String field, String key) {
        super(field, key);
    }
}
