package org.harambee.directory.linkages;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No organization (or hidden suggestion) by this name or number that this person may know of. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownOrganizationException extends RuntimeException {

    UnknownOrganizationException(String what) {
        super("No " + what);
    }
}
