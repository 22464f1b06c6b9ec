package org.harambee.membership;

import java.beans.PropertyEditorSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

    /**
     * The values ticked in a list of choices: a value that reads as nothing (empty, or only characters that
     * {@link #clean} removes) chose nothing, so it is left out instead of becoming an empty choice.
     */
    static <T> List<T> chosen(List<T> values) {
        List<T> chosen = new ArrayList<>();
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(chosen::add);
        }
        return chosen;
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
