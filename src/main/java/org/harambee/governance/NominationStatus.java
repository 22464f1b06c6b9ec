package org.harambee.governance;

/**
 * A nomination waits for the nominee's answer ({@code PROPOSED}), is accepted, declined, or withdrawn by the nominee.
 */
public enum NominationStatus {
    PROPOSED, ACCEPTED, DECLINED, WITHDRAWN
}
