package org.harambee.governance;

import org.springframework.modulith.NamedInterface;

/**
 * What a question needs to pass: more yes than no ({@code MAJORITY}), or at least two thirds of the yes and no
 * votes ({@code TWO_THIRDS}). Abstentions are counted and published, but are in neither share.
 */
@NamedInterface(name = "seeding", propagate = false)
public enum Threshold {
    MAJORITY, TWO_THIRDS;

    /** Whether {@code yes} against {@code no} passes. */
    public boolean passes(long yes, long no) {
        return switch (this) {
            case MAJORITY -> yes > no;
            case TWO_THIRDS -> yes > 0 && 3 * yes >= 2 * (yes + no);
        };
    }
}
