package org.harambee.accountability;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No review in the calendar has this id: answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownReviewException extends RuntimeException {

    UnknownReviewException() {
        super("No such review in the calendar");
    }
}
