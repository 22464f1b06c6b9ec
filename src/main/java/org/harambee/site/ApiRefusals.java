package org.harambee.site;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every JSON API answers its refusals as RFC 9457 problem JSON that says what was wrong. */
@RestControllerAdvice(annotations = RestController.class)
class ApiRefusals {

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> refused(ErrorResponseException refusal) {
        return ResponseEntity.status(refusal.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(refusal.getBody());
    }
}
