package org.harambee.accountability;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step of the tracker that does not hold (an adoption, an assessment, a treaty position): each problem's form
 * field (or null for the step as a whole) and the message key of its reason, in the form's order. Nothing changed.
 */
public class TrackerRuleException extends RuntimeException {

    private final Map<String, String> problems;

    TrackerRuleException(String field, String reason) {
        this(single(field, reason));
    }

    TrackerRuleException(Map<String, String> problems) {
        super(String.join(", ", problems.values()));
        this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    private static Map<String, String> single(String field, String reason) {
        Map<String, String> problem = new LinkedHashMap<>();
        problem.put(field, reason);
        return problem;
    }

    /** Field (null: none) to message key, for every problem found. */
    public Map<String, String> problems() {
        return problems;
    }

    /** The first problem's field. */
    public String field() {
        return problems.keySet().iterator().next();
    }

    /** The first problem's message key. */
    public String reason() {
        return problems.values().iterator().next();
    }
}
