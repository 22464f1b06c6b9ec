package org.harambee.membership;

import org.springframework.modulith.NamedInterface;

/** An organization's yearly budget, in bands (US dollars). */
@NamedInterface(name = "api", propagate = false)
public enum BudgetBand {
    UNDER_50K, FROM_50K_TO_250K, FROM_250K_TO_1M, FROM_1M_TO_5M, OVER_5M
}
