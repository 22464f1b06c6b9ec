package org.harambee.workinggroups;

import org.harambee.site.RichText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One post of a thread, written in Markdown and shown as sanitized HTML. Its author edits it (each earlier text is
 * kept as a revision); a convener hides it, which keeps the text for the audit but shows no one its words.
 */
@Entity
@Table(name = "discussion_post")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id")
    private Discussion discussion;
    private UUID authorId;
    private String authorName;
    private String body;
    private String html;
    private Instant postedAt;
    private Instant editedAt;
    private Instant hiddenAt;
    private UUID hiddenBy;
    private String hiddenReason;
    @OneToMany(mappedBy = "post", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("writtenAt desc")
    private List<PostRevision> revisions = new ArrayList<>();
    @Version
    private long version;

    protected Post() {
    }

    Post(Discussion discussion, String body, Viewer author, Instant now) {
        this.discussion = discussion;
        this.authorId = author.accountId();
        this.authorName = author.name();
        this.postedAt = now;
        write(body);
    }

    private void write(String text) {
        body = text.strip();
        html = RichText.html(body);
    }

    /** The author rewrites the post; the text it had is kept. */
    void edit(String text, Viewer editor, Instant now) {
        if (!authorId.equals(editor.accountId())) {
            throw new UnknownGroupException();
        }
        if (hidden()) {
            throw new GroupTransitionException("groups.post.hiddenNoEdit");
        }
        if (discussion.locked()) {
            throw new GroupTransitionException("groups.discussion.locked");
        }
        if (text.strip().equals(body)) {
            return;
        }
        revisions.add(new PostRevision(this, body, editedAt == null ? postedAt : editedAt));
        write(text);
        editedAt = now;
    }

    /** A convener hides the post from everyone; its text stays for the record. */
    void hide(UUID convener, String reason, Instant now) {
        if (hidden()) {
            throw new GroupTransitionException("groups.post.alreadyHidden");
        }
        hiddenAt = now;
        hiddenBy = convener;
        hiddenReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public Long id() {
        return id;
    }

    public Discussion discussion() {
        return discussion;
    }

    public UUID authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public String html() {
        return html;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public boolean hidden() {
        return hiddenAt != null;
    }

    public String hiddenReason() {
        return hiddenReason;
    }

    public List<PostRevision> revisions() {
        return List.copyOf(revisions);
    }
}
