package org.harambee.accountability;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/**
 * What staff plan for a review: the mechanism and session, the days it sits, and optionally the deadline for civil
 * society submissions, the working group coordinating the shadow report and a note. {@link UnReview} checks it.
 */
@NamedInterface(name = "seeding", propagate = false)
public record ReviewPlan(ReviewMechanism mechanism, String session, LocalDate startsOn, LocalDate endsOn,
        LocalDate submissionDeadline, Long groupId, String note) {

    /** The longest session name and note accepted. */
    public static final int SESSION_MAX = 100;
    public static final int NOTE_MAX = 2000;
}
