package org.harambee.library;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No resource (or file) with this id that this person may see: answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownResourceException extends RuntimeException {

    public UnknownResourceException() {
        super("unknown resource");
    }
}
