package org.harambee.workinggroups;

import java.time.Instant;
import java.util.List;

/**
 * A post as its thread's page and its edit page show it: who wrote it when, its text (Markdown and rendered), its
 * earlier texts, whether a convener hid it and why, and the thread it is in.
 */
public record PostView(Long id, Long discussionId, String discussionTitle, String authorName, String body,
        String html, Instant postedAt, Instant editedAt, boolean hidden, String hiddenReason,
        List<Revision> revisions) {

    static PostView of(Post post) {
        return new PostView(post.id(), post.discussion().id(), post.discussion().title(), post.authorName(),
                post.body(), post.html(), post.postedAt(), post.editedAt(), post.hidden(), post.hiddenReason(),
                post.revisions().stream().map(revision -> new Revision(revision.body(), revision.html(),
                        revision.writtenAt())).toList());
    }

    /** An earlier text of the post, kept when its author edited it. */
    public record Revision(String body, String html, Instant writtenAt) {
    }
}
