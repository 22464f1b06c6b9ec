package org.harambee.accountability;

/** What those following a recommendation up found of its implementation on a date. */
public enum AssessmentStatus {
    NOT_IMPLEMENTED, PARTIALLY_IMPLEMENTED, IMPLEMENTED, REGRESSED
}
