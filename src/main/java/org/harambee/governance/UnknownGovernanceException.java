package org.harambee.governance;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No body, election or nomination by this name or number, or none this reader may know of: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownGovernanceException extends RuntimeException {

    UnknownGovernanceException(Object what) {
        super("Nothing of governance named " + what);
    }
}
