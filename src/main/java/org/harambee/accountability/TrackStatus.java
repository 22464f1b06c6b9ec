package org.harambee.accountability;

/**
 * Where a recommendation stands for a reader: nobody follows it up, followed up but not assessed yet, or the status
 * of the latest assessment the reader may read.
 */
public enum TrackStatus {
    NOBODY, NOT_ASSESSED, NOT_IMPLEMENTED, PARTIALLY_IMPLEMENTED, IMPLEMENTED, REGRESSED;

    static TrackStatus of(AssessmentStatus status) {
        return valueOf(status.name());
    }
}
