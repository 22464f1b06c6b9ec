package org.harambee.taxonomy;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No issue area has the given slug. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownIssueAreaException extends RuntimeException {

    public UnknownIssueAreaException(String slug) {
        super("No issue area " + slug);
    }
}
