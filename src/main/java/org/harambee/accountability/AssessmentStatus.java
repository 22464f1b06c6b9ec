package org.harambee.accountability;

import org.springframework.modulith.NamedInterface;

/** What those following a recommendation up found of its implementation on a date. */
@NamedInterface(name = "seeding", propagate = false)
public enum AssessmentStatus {
    NOT_IMPLEMENTED, PARTIALLY_IMPLEMENTED, IMPLEMENTED, REGRESSED
}
