package org.harambee.library;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Resources extends JpaRepository<Resource, Long> {

    List<Resource> findByStatusOrderBySubmittedAtAsc(ResourceStatus status);

    long countByStatus(ResourceStatus status);

    @Query("select r from Resource r join r.files f join f.versions v where v.id = ?1")
    Optional<Resource> findByVersion(UUID versionId);
}
