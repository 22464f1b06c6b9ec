package org.harambee.taxonomy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssueAreas extends JpaRepository<IssueArea, Long> {

    List<IssueArea> findAllByOrderBySortOrderAscNameEnAsc();

    Optional<IssueArea> findBySlug(String slug);

    boolean existsBySlug(String slug);
}
