package org.harambee.workinggroups;

import java.time.LocalDate;

/** A task as the group's page lists it, with whether it is overdue on the day the page is read. */
public record TaskListing(Long id, String title, String ownerName, LocalDate dueOn, TaskStatus status,
        boolean overdue) {

    static TaskListing of(GroupTask task, LocalDate today) {
        return new TaskListing(task.id(), task.title(), task.ownerName(), task.dueOn(), task.status(),
                task.overdue(today));
    }
}
