package org.harambee.news;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.related.Subject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NewsItems extends JpaRepository<NewsItem, Long> {

    List<NewsItem> findByStatusOrderBySubmittedAtAsc(NewsStatus status);

    List<NewsItem> findBySubmittedByOrderBySubmittedAtDesc(UUID submittedBy);

    long countByStatus(NewsStatus status);

    List<NewsItem> findByStatusAndPublishedAtAfter(NewsStatus status, Instant since);

    /** The published items a reader of this sight may read, newest first ({@code members}: members' items too). */
    @Query("""
            select n from NewsItem n where n.status = org.harambee.news.NewsStatus.PUBLISHED
            and (n.visibility = org.harambee.news.NewsVisibility.PUBLIC or :members = true)
            order by n.publishedAt desc, n.id desc""")
    List<NewsItem> published(@Param("members") boolean members, Pageable page);

    /** The published alerts whose deadline is this day or later, soonest first. */
    @Query("""
            select n from NewsItem n where n.status = org.harambee.news.NewsStatus.PUBLISHED
            and n.kind = org.harambee.news.NewsKind.ALERT and n.actionDeadline >= :today
            and (n.visibility = org.harambee.news.NewsVisibility.PUBLIC or :members = true)
            order by n.actionDeadline, n.id""")
    List<NewsItem> openAlerts(@Param("today") LocalDate today, @Param("members") boolean members, Pageable page);

    /** The published items naming this page, newest first. */
    @Query("""
            select n from NewsItem n join n.links l where l.subject = :subject and l.targetId = :target
            and n.status = org.harambee.news.NewsStatus.PUBLISHED
            and (n.visibility = org.harambee.news.NewsVisibility.PUBLIC or :members = true)
            order by n.publishedAt desc, n.id desc""")
    List<NewsItem> mentioning(@Param("subject") Subject subject, @Param("target") long target,
            @Param("members") boolean members, Pageable page);
}
