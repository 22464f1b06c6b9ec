package org.harambee.accountability;

/** A country's position on an instrument. A declaration is not a treaty: it is not signed or ratified. */
public enum RatificationStatus {
    NOT_SIGNED, SIGNED, RATIFIED, ACCEDED, DECLARATION
}
