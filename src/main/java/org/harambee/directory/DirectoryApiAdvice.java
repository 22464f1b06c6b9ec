package org.harambee.directory;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The directory's API answers its refusals as RFC 9457 problem JSON that says what was wrong. */
@RestControllerAdvice(assignableTypes = OrganizationsApi.class)
class DirectoryApiAdvice {

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> refused(ErrorResponseException refusal) {
        return ResponseEntity.status(refusal.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(refusal.getBody());
    }
}
