package org.harambee.membership;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How membership forms read text: surrounding spaces trimmed, empty means absent, line endings unified, and
 * control characters (which no person types and some databases refuse) removed. Lists in forms are capped; a form
 * that addresses rows beyond the cap is a bad request (site's {@code FormAddressAdvice}).
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

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").replaceAll("[\\p{Cs}\\uFFFE\\uFFFF]", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
