package org.harambee.following;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No page one may follow or save with this id that this person may see, or a link nobody signed: answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownPageException extends RuntimeException {

    UnknownPageException() {
        super("unknown page");
    }
}
