package org.harambee.accountability;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No import of recommendations has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownImportException extends RuntimeException {

    UnknownImportException() {
        super("No such import of recommendations");
    }
}
