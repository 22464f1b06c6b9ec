package org.harambee.identity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person has no token with this identifier (another person's token is unknown to them too). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownApiTokenException extends RuntimeException {

    UnknownApiTokenException(long id) {
        super("No API token " + id + " of this account");
    }
}
