package org.harambee.accountability;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An assessment as its author gives it, before the adoption checks it. */
public record AssessmentDraft(AssessmentStatus status, LocalDate assessedOn, String evidence, List<String> links,
        Set<Long> resources, AssessmentVisibility visibility) {
}
