package org.harambee.workinggroups.statements;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No statement with this id that this person may see (or no such export of it yet): answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownStatementException extends RuntimeException {

    public UnknownStatementException() {
        super("unknown statement");
    }
}
