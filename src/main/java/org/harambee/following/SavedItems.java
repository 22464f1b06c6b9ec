package org.harambee.following;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.harambee.related.Subject;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedItems extends JpaRepository<SavedItem, Long> {

    List<SavedItem> findByAccountIdOrderBySavedAtDesc(UUID accountId);

    Optional<SavedItem> findByAccountIdAndSubjectAndTargetId(UUID accountId, Subject subject, long targetId);

    boolean existsByAccountIdAndSubjectAndTargetId(UUID accountId, Subject subject, long targetId);
}
