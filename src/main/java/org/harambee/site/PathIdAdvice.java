package org.harambee.site;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * An address whose id is not an id (letters where a number goes, a number too large, a malformed UUID) names
 * nothing: it is "not found", the same answer as an id that names no record or one the reader may not know of,
 * on every page and API address of every capability (problem JSON under {@code /api/}). A parameter of the wrong
 * type elsewhere (a query or form field) is a bad request.
 */
@ControllerAdvice
class PathIdAdvice {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response) throws IOException {
        response.sendError(mismatch.getParameter().hasParameterAnnotation(PathVariable.class)
                ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
    }
}
