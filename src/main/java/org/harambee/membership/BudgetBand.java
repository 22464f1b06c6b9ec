package org.harambee.membership;

/** An organization's yearly budget, in bands (US dollars). */
public enum BudgetBand {
    UNDER_50K, FROM_50K_TO_250K, FROM_250K_TO_1M, FROM_1M_TO_5M, OVER_5M
}
