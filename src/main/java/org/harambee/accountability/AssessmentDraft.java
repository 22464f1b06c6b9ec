package org.harambee.accountability;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/** An assessment as its author gives it, before the adoption checks it. */
@NamedInterface(name = "seeding", propagate = false)
public record AssessmentDraft(AssessmentStatus status, LocalDate assessedOn, String evidence, List<String> links,
        Set<Long> resources, AssessmentVisibility visibility) {
}
