package org.harambee.workinggroups;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A thread of a group's discussion. Its participants read and reply; readers outside the group see it only when
 * it was opened to them and the group is not private. Conveners pin it to the top and lock it against replies.
 */
@Entity
@Table(name = "discussion_thread")
public class Discussion {

    public static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long groupId;
    private String title;
    private boolean readableOutside;
    private boolean pinned;
    private boolean locked;
    private UUID startedBy;
    private Instant startedAt;
    private Instant lastPostAt;
    private int postCount;
    @Version
    private long version;

    protected Discussion() {
    }

    Discussion(WorkingGroup group, String title, boolean readableOutside, UUID startedBy, Instant now) {
        this.groupId = group.id();
        this.title = title.strip();
        this.readableOutside = readableOutside && group.visibility() != GroupVisibility.PRIVATE;
        this.startedBy = startedBy;
        this.startedAt = now;
        this.lastPostAt = now;
    }

    /** Whether this person may read the thread: its group's participants, or anyone who knows the group when open to them. */
    boolean readableBy(WorkingGroup group, Viewer viewer) {
        return group.id().equals(groupId) && (group.takesPart(viewer) || readableOutside && group.knownTo(viewer));
    }

    /** A reply (or the first post) by a participant, refused once the thread is locked. */
    Post reply(String body, Viewer author, Instant now) {
        if (locked) {
            throw new GroupTransitionException("groups.discussion.locked");
        }
        postCount++;
        lastPostAt = now;
        return new Post(this, body, author, now);
    }

    void pin(boolean pinned) {
        this.pinned = pinned;
    }

    void lock(boolean locked) {
        this.locked = locked;
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

    public boolean readableOutside() {
        return readableOutside;
    }

    public boolean pinned() {
        return pinned;
    }

    public boolean locked() {
        return locked;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant lastPostAt() {
        return lastPostAt;
    }

    public int postCount() {
        return postCount;
    }
}
