package org.harambee.news;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.harambee.related.Subject;

/** A page an item is about: its subject and the id of what it shows. */
@Embeddable
public class NewsLink {

    @Enumerated(EnumType.STRING)
    private Subject subject;
    @Column(name = "target_id")
    private long targetId;

    protected NewsLink() {
    }

    public NewsLink(Subject subject, long targetId) {
        this.subject = Objects.requireNonNull(subject);
        this.targetId = targetId;
    }

    public Subject subject() {
        return subject;
    }

    public long targetId() {
        return targetId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NewsLink link && link.subject == subject && link.targetId == targetId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, targetId);
    }
}
