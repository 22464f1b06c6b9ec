package org.harambee.news;

/** Where an item stands: submitted for staff to review, published, or declined with a reason. */
public enum NewsStatus {
    SUBMITTED, PUBLISHED, DECLINED
}
