package org.harambee.events;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No event by this name, or none this reader may know of: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownEventException extends RuntimeException {

    UnknownEventException(Object what) {
        super("No event named " + what);
    }
}
