package org.harambee.news;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No item with this id that this person may read: answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownNewsException extends RuntimeException {

    UnknownNewsException() {
        super("unknown news item");
    }
}
