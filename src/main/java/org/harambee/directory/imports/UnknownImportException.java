package org.harambee.directory.imports;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No import has this identifier (or it was forgotten after a week). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownImportException extends RuntimeException {

    UnknownImportException(Object id) {
        super("No import " + id);
    }
}
