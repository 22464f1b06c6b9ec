package org.harambee.accountability;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No recommendation (or adoption) has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownRecommendationException extends RuntimeException {

    UnknownRecommendationException() {
        super("No such recommendation");
    }
}
