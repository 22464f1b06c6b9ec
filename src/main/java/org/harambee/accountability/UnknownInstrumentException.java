package org.harambee.accountability;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No instrument has this code. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownInstrumentException extends RuntimeException {

    UnknownInstrumentException() {
        super("No such instrument");
    }
}
