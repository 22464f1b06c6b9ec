package org.harambee.membership;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No member, person or application has this identifier (or the viewer may not know it exists). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownRecordException extends RuntimeException {

    UnknownRecordException(String what) {
        super("No " + what);
    }
}
