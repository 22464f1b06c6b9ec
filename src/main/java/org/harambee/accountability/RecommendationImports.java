package org.harambee.accountability;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationImports extends JpaRepository<RecommendationImport, UUID> {

    List<RecommendationImport> findTop10ByOrderByStartedAtDesc();
}
