package org.harambee.finance;

import org.springframework.modulith.NamedInterface;

/**
 * Why a member is or is not in good standing on a day: it is ({@code GOOD}); it was not a member yet
 * ({@code NOT_A_MEMBER}); its membership was not active that day ({@code NOT_ACTIVE}: an applicant, lapsed, suspended
 * or withdrawn); or an invoice was still owed after its due date and the grace period ({@code DUES_OVERDUE}). A waiver
 * and a payment read the same: settled.
 */
@NamedInterface(name = "api", propagate = false)
public enum StandingReason {
    GOOD, NOT_A_MEMBER, NOT_ACTIVE, DUES_OVERDUE
}
