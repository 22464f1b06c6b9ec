package org.harambee.site;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.modulith.NamedInterface;
import org.springframework.validation.Errors;

/**
 * A step a rule of the network refuses (signing a closed statement, publishing a declined resource, a review
 * ending before it starts): each problem's form field (none for the step as a whole), the message key saying why
 * and its arguments. Nothing changed. Every capability's refusals are of this type, so that a page or an API
 * answers them the same way: a form puts them at their fields ({@link #rejectInto}), a handler marked with
 * {@link OnRefusal} goes back to its page with the first one as a notice, the API answers problem JSON.
 */
@NamedInterface(name = "api", propagate = false)
public class Refusal extends RuntimeException {

    private final List<Problem> problems;

    /** A refusal of the step as a whole. */
    public Refusal(String key) {
        this(List.of(new Problem(null, key)));
    }

    /** A refusal at one field of the form, with the arguments of its message. */
    public Refusal(String field, String key, Object... arguments) {
        this(List.of(new Problem(field, key, arguments)));
    }

    /** Several problems, in the form's order. */
    public Refusal(List<Problem> problems) {
        super(problems.stream().map(Problem::key).collect(Collectors.joining(", ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem's message key. */
    public String key() {
        return problems.get(0).key();
    }

    /** The first problem's field, or null for the step as a whole. */
    public String field() {
        return problems.get(0).field();
    }

    /**
     * Puts every problem into the form's errors: at its field, or the form's as a whole (also when the form has no
     * such field: a rule of the books refusing a day, say, under a form that takes no day); a field that already has
     * an error keeps it (one message per field).
     */
    public void rejectInto(Errors errors) {
        for (Problem problem : problems) {
            if (problem.field() == null) {
                errors.reject(problem.key(), problem.arguments(), null);
            } else if (!errors.hasFieldErrors(problem.field())) {
                try {
                    errors.rejectValue(problem.field(), problem.key(), problem.arguments(), null);
                } catch (NotReadablePropertyException notOnThisForm) {
                    errors.reject(problem.key(), problem.arguments(), null);
                }
            }
        }
    }

    /** One problem: the form field (or null), the message key and its arguments. */
    @NamedInterface(name = "api", propagate = false)
    public record Problem(String field, String key, Object... arguments) {
    }
}
