package org.harambee.membership;

import org.springframework.modulith.NamedInterface;

/** How many paid staff an organization has, in bands. */
@NamedInterface(name = "api", propagate = false)
public enum StaffSizeBand {
    VOLUNTEERS_ONLY, ONE_TO_FIVE, SIX_TO_TWENTY, TWENTY_ONE_TO_HUNDRED, OVER_HUNDRED
}
