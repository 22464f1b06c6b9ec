package org.harambee.accountability;

import java.util.Map;
import org.harambee.site.Refusal;

/**
 * A step of the tracker that does not hold (an adoption, an assessment, a treaty position): each problem's form
 * field (or null for the step as a whole) and the message key of its reason, in the form's order. Nothing changed.
 */
public class TrackerRuleException extends Refusal {

    TrackerRuleException(String field, String key) {
        super(field, key);
    }

    /** Field (null: none) to message key, in the form's order. */
    TrackerRuleException(Map<String, String> problems) {
        super(problems.entrySet().stream().map(problem -> new Problem(problem.getKey(), problem.getValue()))
                .toList());
    }
}
