package org.harambee.library;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Resources extends JpaRepository<Resource, Long> {

    List<Resource> findByStatusOrderBySubmittedAtAsc(ResourceStatus status);

    List<Resource> findByStatusAndReviewedAtAfter(ResourceStatus status, Instant since);

    /** Resources waiting for review, except those shared with these groups (never empty: pass an impossible id). */
    @org.springframework.data.jpa.repository.Query("select count(r) from Resource r"
            + " where r.status = org.harambee.library.ResourceStatus.SUBMITTED"
            + " and (r.groupId is null or r.groupId not in :hiddenGroups)")
    long countWaitingOutside(java.util.Collection<Long> hiddenGroups);

    List<Resource> findByGroupIdAndStatusOrderByReviewedAtDesc(Long groupId, ResourceStatus status,
            org.springframework.data.domain.Pageable page);

    List<Resource> findTop200BySubmittedByOrderBySubmittedAtDesc(UUID submittedBy);

    List<Resource> findTop50ByStatusAndVisibilityOrderByReviewedAtDesc(ResourceStatus status,
            ResourceVisibility visibility);

    /** Counts a download without touching the resource's version, so downloads never conflict with edits. */
    @Modifying
    @Query("update Resource r set r.downloadCount = r.downloadCount + 1 where r.id = ?1")
    void countDownload(Long id);

    @Query("select r from Resource r join r.files f join f.versions v where v.id = ?1")
    Optional<Resource> findByVersion(UUID versionId);
}
