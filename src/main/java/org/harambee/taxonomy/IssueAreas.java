package org.harambee.taxonomy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssueAreas extends JpaRepository<StoredIssueArea, Long> {

    List<StoredIssueArea> findAllByOrderBySortOrderAscNameEnAsc();

    Optional<StoredIssueArea> findBySlug(String slug);

    boolean existsBySlug(String slug);
}
