package org.harambee.membership;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.NamedInterface;

/** Some registrations of a batch were not valid; nothing of the batch was stored. */
@NamedInterface(name = "api", propagate = false)
public class InvalidRegistrationException extends RuntimeException {

    private final List<Problem> problems;

    InvalidRegistrationException(List<Problem> problems) {
        super(problems.size() + " problem(s): " + problems.stream().limit(20).map(Problem::toString)
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem: the registration's position in the batch (from 0), the field (a path of the profile such as
     * {@code name} or {@code people[0].email}; null for the registration as a whole), the message code, and the
     * message with its arguments (such as the longest length allowed), ready for a {@code MessageSource}.
     */
    @NamedInterface(name = "api", propagate = false)
    public record Problem(int row, String field, String code, MessageSourceResolvable message) {

        Problem(int row, String field, String code) {
            this(row, field, code, new DefaultMessageSourceResolvable(code));
        }

        @Override
        public String toString() {
            return "row " + row + (field == null ? "" : " " + field) + ": " + code;
        }
    }
}
