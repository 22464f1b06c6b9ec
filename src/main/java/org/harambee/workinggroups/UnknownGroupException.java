package org.harambee.workinggroups;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such group, thread, task or meeting, or one this person may not know of: both answer the same 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownGroupException extends RuntimeException {

    public UnknownGroupException() {
        super("unknown or hidden working group");
    }
}
