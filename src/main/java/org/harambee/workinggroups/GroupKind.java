package org.harambee.workinggroups;

import org.springframework.modulith.NamedInterface;

/** What a working group is for: a caucus of those sharing an identity or issue, a task force with a job, a standing committee, a campaign. */
@NamedInterface(name = "seeding", propagate = false)
public enum GroupKind {
    CAUCUS, TASK_FORCE, COMMITTEE, CAMPAIGN
}
