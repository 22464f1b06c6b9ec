package org.harambee.accountability;

/** Who may read an assessment and its evidence: everyone, or members of the network (any signed-in role). */
public enum AssessmentVisibility {
    PUBLIC, MEMBERS
}
