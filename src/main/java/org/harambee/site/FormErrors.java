package org.harambee.site;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.modulith.NamedInterface;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/** The validation problems of one submitted form, for templates to show next to each field. */
@NamedInterface(name = "api", propagate = false)
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(null);

    private final Errors errors;

    private FormErrors(Errors errors) {
        this.errors = errors;
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(Errors errors) {
        return new FormErrors(errors);
    }

    public boolean any() {
        return errors != null && errors.hasErrors();
    }

    public boolean has(String field) {
        return errors != null && errors.hasFieldErrors(field);
    }

    public MessageSourceResolvable first(String field) {
        return errors == null ? null : errors.getFieldError(field);
    }

    public List<FieldError> fields() {
        return errors == null ? List.of() : errors.getFieldErrors();
    }

    public List<? extends MessageSourceResolvable> global() {
        return errors == null ? List.of() : errors.getGlobalErrors();
    }
}
