package org.harambee.accountability;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No adoption has this id, or it is not one this person may act on. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownAdoptionException extends RuntimeException {

    UnknownAdoptionException() {
        super("No such adoption");
    }
}
