package org.harambee.accountability;

import org.springframework.modulith.NamedInterface;

/**
 * The UN mechanism a review comes before: the Universal Periodic Review of the Human Rights Council, one of the
 * treaty bodies (named by their codes, as {@code instrument.monitoring_body} names them), or another mechanism.
 */
@NamedInterface(name = "seeding", propagate = false)
public enum ReviewMechanism {
    UPR, CCPR, CESCR, CERD, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED, OTHER;

    /** The key of the mechanism's name in the messages. */
    public String nameKey() {
        return "reviews.mechanism." + name();
    }
}
