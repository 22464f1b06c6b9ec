package org.harambee.workinggroups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A group's tasks and meetings, for its participants only; an id from another group answers as unknown. */
@Service
@Transactional
@NamedInterface(name = "seeding", propagate = false)
public class GroupWork {

    private final WorkingGroups workingGroups;
    private final GroupTasks tasks;
    private final Meetings meetings;
    private final AuditLog auditLog;
    private final Clock clock;

    GroupWork(WorkingGroups workingGroups, GroupTasks tasks, Meetings meetings, AuditLog auditLog, Clock clock) {
        this.workingGroups = workingGroups;
        this.tasks = tasks;
        this.meetings = meetings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The group at this address with its participants, for one of them. */
    @Transactional(readOnly = true)
    GroupView group(String slug, HarambeeUser user) {
        return GroupView.of(workingGroups.joinedBy(slug, workingGroups.viewerOf(user)));
    }

    /** The group's tasks, for those taking part (nobody else sees them), overdue or not on {@code today}. */
    @Transactional(readOnly = true)
    List<TaskListing> tasks(Long groupId, boolean participant, LocalDate today) {
        return participant ? tasks.findByGroupIdOrderByStatusAscDueOnAscIdAsc(groupId).stream()
                .map(task -> TaskListing.of(task, today)).toList() : List.of();
    }

    /** The group's meetings, for those taking part; nobody else sees them. */
    @Transactional(readOnly = true)
    List<MeetingView> meetings(Long groupId, boolean participant) {
        return participant ? meetings.findByGroupIdOrderByStartsAtDesc(groupId).stream().map(MeetingView::of)
                .toList() : List.of();
    }

    /** A participant adds a task, owned by a person taking part (or nobody yet). */
    public GroupTask addTask(String slug, String title, Long ownerParticipantId, LocalDate dueOn, HarambeeUser user) {
        WorkingGroup group = workingGroups.joinedBy(slug, workingGroups.viewerOf(user));
        GroupParticipant owner = ownerParticipantId == null ? null : group.active().stream()
                .filter(entry -> entry.id().equals(ownerParticipantId) && !entry.organization()).findFirst()
                .orElseThrow(UnknownGroupException::new);
        GroupTask task = tasks.save(new GroupTask(group.id(), title, owner, dueOn, clock.instant()));
        auditLog.recordForParticipants(group.id(), "groups.task-added", "group " + group.id(), task.title());
        return task;
    }

    void moveTask(String slug, Long taskId, TaskStatus status, HarambeeUser user) {
        WorkingGroup group = workingGroups.joinedBy(slug, workingGroups.viewerOf(user));
        tasks.findById(taskId).filter(task -> task.groupId().equals(group.id()))
                .orElseThrow(UnknownGroupException::new).move(status);
    }

    /** A participant schedules a meeting. */
    public Meeting schedule(String slug, MeetingPlan plan, HarambeeUser user) {
        WorkingGroup group = workingGroups.joinedBy(slug, workingGroups.viewerOf(user));
        Meeting meeting = meetings.save(new Meeting(group.id(), plan, clock.instant()));
        auditLog.recordForParticipants(group.id(), "groups.meeting-scheduled", "group " + group.id(), meeting.title());
        return meeting;
    }

    /** The meeting with its group, for a participant. */
    @Transactional(readOnly = true)
    Scheduled meeting(String slug, Long meetingId, HarambeeUser user) {
        WorkingGroup group = workingGroups.joinedBy(slug, workingGroups.viewerOf(user));
        return new Scheduled(GroupSummary.of(group), MeetingView.of(meetingOf(group, meetingId)));
    }

    /** A participant writes the notes after the meeting. */
    void recordNotes(String slug, Long meetingId, String notes, HarambeeUser user) {
        meetingOf(workingGroups.joinedBy(slug, workingGroups.viewerOf(user)), meetingId).record(notes);
    }

    private Meeting meetingOf(WorkingGroup group, Long meetingId) {
        return meetings.findById(meetingId).filter(found -> found.groupId().equals(group.id()))
                .orElseThrow(UnknownGroupException::new);
    }

    /** A meeting and the group holding it. */
    public record Scheduled(GroupSummary group, MeetingView meeting) {
    }
}
