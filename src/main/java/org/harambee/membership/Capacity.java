package org.harambee.membership;

import org.springframework.modulith.NamedInterface;

/**
 * What organizations can offer one another, and so also what they may need: the capacity exchange's
 * shared vocabulary. Each organization lists the capacities it offers and the ones it needs.
 */
@NamedInterface(name = "api", propagate = false)
public enum Capacity {
    LEGAL_EXPERTISE, INTERPRETATION_EN_ES, TRANSLATION, UN_ADVOCACY_TRAINING, KNOW_YOUR_RIGHTS_TRAINING,
    MEETING_SPACE, DATA_ANALYSIS, RESEARCH, POLICY_ANALYSIS, COMMUNICATIONS, COMMUNITY_ORGANIZING,
    FUNDRAISING, DIGITAL_SECURITY, HEALING_AND_WELLNESS
}
