package org.harambee.membership;

import java.util.List;
import java.util.stream.Collectors;

/** Some registrations of a batch were not valid; nothing of the batch was stored. */
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

    /** One problem: the registration's position in the batch (from 0), the field, and the message code. */
    public record Problem(int row, String field, String code) {

        @Override
        public String toString() {
            return "row " + row + (field == null ? "" : " " + field) + ": " + code;
        }
    }
}
