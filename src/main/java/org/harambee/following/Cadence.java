package org.harambee.following;

/** How often a person hears of what they follow: an e-mail for each new item, a weekly digest, or nothing. */
public enum Cadence {
    AT_ONCE, WEEKLY, NOTHING
}
