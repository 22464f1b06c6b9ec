package org.harambee.finance;

/** A payment counts at once, or waits for a second treasurer above the threshold, who counts or declines it. */
public enum PaymentStatus {
    PENDING, COUNTED, DECLINED
}
