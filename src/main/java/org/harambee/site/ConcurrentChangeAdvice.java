package org.harambee.site;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Two people changed the same record at the same moment and this one lost: nothing of it was saved. The answer
 * is 409, whose page asks to reload and try again (never the 500 page, since nothing went wrong on our side).
 */
@ControllerAdvice
class ConcurrentChangeAdvice {

    @ExceptionHandler(OptimisticLockingFailureException.class)
    void changedMeanwhile(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.CONFLICT.value());
    }
}
