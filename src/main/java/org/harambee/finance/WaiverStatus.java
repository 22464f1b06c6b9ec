package org.harambee.finance;

/** A waiver is asked for by a representative and granted or declined by a treasurer (or granted directly). */
public enum WaiverStatus {
    REQUESTED, GRANTED, DECLINED
}
