package org.harambee.workinggroups;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Notifications extends JpaRepository<Notification, Long> {

    long countByAccountIdAndReadAtIsNull(UUID accountId);

    List<Notification> findByAccountIdOrderByCreatedAtDescIdDesc(UUID accountId, Pageable page);

    List<Notification> findByDigestPendingTrueOrderByAccountIdAscGroupIdAscCreatedAtAsc();

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.accountId = :accountId and n.readAt is null")
    int readAll(UUID accountId, Instant now);

    @Modifying
    @Query("""
            update Notification n set n.readAt = :now where n.accountId = :accountId and n.readAt is null
              and n.postId in (select p.id from Post p where p.discussion.id = :discussionId)""")
    int readDiscussion(UUID accountId, Long discussionId, Instant now);
}
