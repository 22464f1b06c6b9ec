package org.harambee.site;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A form that names a field no form of ours has the shape of ({@code title[0]} for a text, {@code people[5000]}
 * beyond a list's cap, {@code date.year} inside a date) is a bad request: the site's 400 page, on every form of
 * every capability, never a 500.
 */
@ControllerAdvice
class FormAddressAdvice {

    @ExceptionHandler(InvalidPropertyException.class)
    void badFieldAddress(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
