package org.harambee.workinggroups;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A simple task of a group: what, who owns it, by when, and how far it got. */
@Entity
@Table(name = "group_task")
public class GroupTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long groupId;
    private String title;
    private UUID ownerId;
    private String ownerName;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private TaskStatus status;
    private Instant createdAt;
    @Version
    private long version;

    protected GroupTask() {
    }

    GroupTask(Long groupId, String title, GroupParticipant owner, LocalDate dueOn, Instant now) {
        this.groupId = groupId;
        this.title = title.strip();
        this.ownerId = owner == null ? null : owner.accountId();
        this.ownerName = owner == null ? null : owner.name();
        this.dueOn = dueOn;
        this.status = TaskStatus.OPEN;
        this.createdAt = now;
    }

    void move(TaskStatus status) {
        this.status = status;
    }

    public Long id() {
        return id;
    }

    public Long groupId() {
        return groupId;
    }

    public String title() {
        return title;
    }

    public String ownerName() {
        return ownerName;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public TaskStatus status() {
        return status;
    }

    /** Whether it is past its date and not done. */
    public boolean overdue(LocalDate today) {
        return dueOn != null && status != TaskStatus.DONE && dueOn.isBefore(today);
    }
}
