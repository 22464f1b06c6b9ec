package org.harambee.workinggroups;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.harambee.identity.AuditLog;
import org.harambee.identity.HarambeeUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's discussions: its participants start threads and reply, authors edit their posts, conveners pin, lock
 * and hide. A thread of another group, or one this person may not read, answers as unknown.
 */
@Service
@Transactional
@NamedInterface(name = "seeding", propagate = false)
public class GroupDiscussions {

    private final WorkingGroups workingGroups;
    private final Discussions discussions;
    private final Posts posts;
    private final GroupNotifications notifications;
    private final AuditLog auditLog;
    private final Clock clock;

    GroupDiscussions(WorkingGroups workingGroups, Discussions discussions, Posts posts,
            GroupNotifications notifications, AuditLog auditLog, Clock clock) {
        this.workingGroups = workingGroups;
        this.discussions = discussions;
        this.posts = posts;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The threads this person may read in the group: all of them for participants, those opened to readers otherwise. */
    @Transactional(readOnly = true)
    List<ThreadListing> threads(Long groupId, boolean participant) {
        return (participant ? discussions.findByGroupIdOrderByPinnedDescLastPostAtDesc(groupId)
                : discussions.findByGroupIdAndReadableOutsideTrueOrderByPinnedDescLastPostAtDesc(groupId)).stream()
                .map(ThreadListing::of).toList();
    }

    /** A participant starts a thread with its first post. */
    public ThreadListing start(String slug, String title, String body, boolean readableOutside, HarambeeUser user) {
        Viewer viewer = workingGroups.viewerOf(user);
        WorkingGroup group = workingGroups.joinedBy(slug, viewer);
        Discussion discussion = discussions.save(new Discussion(group, title, readableOutside, viewer.accountId(),
                clock.instant()));
        Post post = posts.save(discussion.reply(body, viewer, clock.instant()));
        notifications.posted(group, post);
        return ThreadListing.of(discussion);
    }

    /** The thread with its posts, if this person may read it; marks its notifications read. */
    Reading read(String slug, Long discussionId, HarambeeUser user) {
        Viewer viewer = workingGroups.viewerOf(user);
        WorkingGroup group = workingGroups.find(slug, viewer);
        Discussion discussion = readable(group, discussionId, viewer);
        List<Post> all = posts.findByDiscussionIdOrderByPostedAtAscIdAsc(discussion.id());
        notifications.read(discussion, user);
        Set<Long> own = all.stream().filter(post -> post.authorId().equals(viewer.accountId())).map(Post::id)
                .collect(Collectors.toSet());
        return new Reading(GroupSummary.of(group), ThreadListing.of(discussion),
                all.stream().map(PostView::of).toList(), own, group.takesPart(viewer), group.convenedBy(viewer));
    }

    /** A participant replies. */
    public Post reply(String slug, Long discussionId, String body, HarambeeUser user) {
        Viewer viewer = workingGroups.viewerOf(user);
        WorkingGroup group = workingGroups.joinedBy(slug, viewer);
        Discussion discussion = readable(group, discussionId, viewer);
        Post post = posts.save(discussion.reply(body, viewer, clock.instant()));
        notifications.posted(group, post);
        return post;
    }

    /** The post for its author to edit. */
    @Transactional(readOnly = true)
    PostView ownPost(String slug, Long postId, HarambeeUser user) {
        Viewer viewer = workingGroups.viewerOf(user);
        Post post = postIn(workingGroups.joinedBy(slug, viewer), postId, viewer);
        if (!post.authorId().equals(viewer.accountId())) {
            throw new UnknownGroupException();
        }
        return PostView.of(post);
    }

    /** The author edits a post; the text it had is kept. */
    Post edit(String slug, Long postId, String body, HarambeeUser user) {
        Viewer viewer = workingGroups.viewerOf(user);
        Post post = postIn(workingGroups.joinedBy(slug, viewer), postId, viewer);
        post.edit(body, viewer, clock.instant());
        return post;
    }

    /** A convener hides a post; the audit log keeps what and why. */
    PostView hide(String slug, Long postId, String reason, HarambeeUser user) {
        Viewer viewer = workingGroups.viewerOf(user);
        WorkingGroup group = workingGroups.convened(slug, viewer);
        Post post = postIn(group, postId, viewer);
        post.hide(viewer.accountId(), reason, clock.instant());
        audit(post.discussion(), "groups.post-hidden", "post " + post.id() + " in group " + group.id(),
                reason == null || reason.isBlank() ? null : reason.strip());
        return PostView.of(post);
    }

    /** A convener pins or unpins, locks or unlocks a thread. */
    Discussion moderate(String slug, Long discussionId, Boolean pinned, Boolean locked, HarambeeUser user) {
        Viewer viewer = workingGroups.viewerOf(user);
        WorkingGroup group = workingGroups.convened(slug, viewer);
        Discussion discussion = readable(group, discussionId, viewer);
        if (pinned != null) {
            discussion.pin(pinned);
        }
        if (locked != null) {
            discussion.lock(locked);
            audit(discussion, locked ? "groups.discussion-locked" : "groups.discussion-unlocked",
                    "thread " + discussion.id() + " in group " + group.id(), discussion.title());
        }
        return discussion;
    }

    private Discussion readable(WorkingGroup group, Long discussionId, Viewer viewer) {
        return discussions.findById(discussionId).filter(found -> found.readableBy(group, viewer))
                .orElseThrow(UnknownGroupException::new);
    }

    private Post postIn(WorkingGroup group, Long postId, Viewer viewer) {
        return posts.findWithDiscussionById(postId).filter(post -> post.discussion().readableBy(group, viewer))
                .orElseThrow(UnknownGroupException::new);
    }

    /** A thread as one person reads it. */
    public record Reading(GroupSummary group, ThreadListing discussion, List<PostView> posts, Set<Long> ownPosts,
            boolean participant, boolean convener) {
    }

    /** Audits a moderation: for the group's participants only, unless the discussion is open to readers outside. */
    private void audit(Discussion discussion, String action, String subject, String details) {
        if (discussion.readableOutside()) {
            auditLog.recordAboutGroup(discussion.groupId(), action, subject, details);
        } else {
            auditLog.recordForParticipants(discussion.groupId(), action, subject, details);
        }
    }
}
