package org.harambee.site;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every JSON API answers its refusals as RFC 9457 problem JSON that says what was wrong; a rule's {@link Refusal}
 * is 422 with each problem's field and message in the reader's language. Before {@link RefusalAdvice}, which
 * answers pages.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRefusals {

    private final MessageSource messages;

    ApiRefusals(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> refused(ErrorResponseException refusal) {
        return ResponseEntity.status(refusal.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(refusal.getBody());
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal, Locale locale) {
        List<Map<String, String>> errors = refusal.problems().stream().map(problem -> Map.of(
                "field", problem.field() == null ? "" : problem.field(),
                "detail", messages.getMessage(problem.key(), problem.arguments(), problem.key(), locale))).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                errors.get(0).get("detail"));
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
