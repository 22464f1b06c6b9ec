package org.harambee.accountability;

import org.springframework.modulith.NamedInterface;

/** Who may read an assessment and its evidence: everyone, or members of the network (any signed-in role). */
@NamedInterface(name = "seeding", propagate = false)
public enum AssessmentVisibility {
    PUBLIC, MEMBERS
}
