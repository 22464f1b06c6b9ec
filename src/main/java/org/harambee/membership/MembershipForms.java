package org.harambee.membership;

import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyEditorSupport;
import java.io.IOException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How membership forms read text: surrounding spaces trimmed, empty means absent, line endings unified, and
 * control characters (which no person types and some databases refuse) removed. Lists in forms are capped,
 * and a form that addresses rows beyond the cap is a bad request.
 */
@ControllerAdvice(basePackageClasses = MembershipForms.class)
class MembershipForms {

    static final int MAX_ROWS = 60;

    @InitBinder
    void cleanText(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_ROWS);
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(clean(text));
            }
        });
    }

    /** A form addressing more rows than any form has (people[5000]) is a bad request, shown as such. */
    @ExceptionHandler(InvalidPropertyException.class)
    void tooManyRows(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").replaceAll("[\\p{Cs}\\uFFFE\\uFFFF]", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
