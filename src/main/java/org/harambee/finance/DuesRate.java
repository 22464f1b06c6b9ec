package org.harambee.finance;

import org.harambee.membership.BudgetBand;
import org.harambee.membership.MemberKind;

/**
 * The rates of a dues schedule: one per budget band an organization declares, one for organizations that declared
 * none, one for individual members.
 */
public enum DuesRate {
    UNDER_50K, FROM_50K_TO_250K, FROM_250K_TO_1M, FROM_1M_TO_5M, OVER_5M, UNDECLARED, INDIVIDUAL;

    /** The rate of a member of this kind with this budget band (null when it declared none). */
    static DuesRate of(MemberKind kind, BudgetBand band) {
        if (kind == MemberKind.INDIVIDUAL) {
            return INDIVIDUAL;
        }
        return band == null ? UNDECLARED : valueOf(band.name());
    }
}
