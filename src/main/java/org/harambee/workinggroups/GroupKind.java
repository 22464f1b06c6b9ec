package org.harambee.workinggroups;

/** What a working group is for: a caucus of those sharing an identity or issue, a task force with a job, a standing committee, a campaign. */
public enum GroupKind {
    CAUCUS, TASK_FORCE, COMMITTEE, CAMPAIGN
}
