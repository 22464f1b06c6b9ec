package org.harambee.finance;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No journal entry (or account of the chart) has this id: answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownEntryException extends RuntimeException {

    UnknownEntryException(Long id) {
        super("No journal entry or account " + id);
    }
}
