package org.harambee.library;

/** Where a resource stands in review: submitted by a member, then published or declined by staff. */
public enum ResourceStatus {
    SUBMITTED, PUBLISHED, DECLINED
}
