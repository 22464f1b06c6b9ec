package org.harambee.workinggroups;

import org.harambee.site.RichText;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A text a post had before its author edited it, and since when it had it. */
@Entity
@Table(name = "discussion_post_revision")
public class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;
    private String body;
    private Instant writtenAt;

    protected PostRevision() {
    }

    PostRevision(Post post, String body, Instant writtenAt) {
        this.post = post;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public String body() {
        return body;
    }

    public String html() {
        return RichText.html(body);
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
