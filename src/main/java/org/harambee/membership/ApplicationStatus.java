package org.harambee.membership;

/** Where an application stands in the staff's review. */
public enum ApplicationStatus {
    SUBMITTED, INFORMATION_REQUESTED, APPROVED, DECLINED;

    public boolean pending() {
        return this == SUBMITTED || this == INFORMATION_REQUESTED;
    }
}
