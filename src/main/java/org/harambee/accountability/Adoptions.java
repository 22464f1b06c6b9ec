package org.harambee.accountability;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Adoptions extends JpaRepository<Adoption, Long> {

    @EntityGraph(attributePaths = "assessments")
    List<Adoption> findByRecommendationIdInOrderByAdoptedAt(Collection<Long> recommendationIds);

    @EntityGraph(attributePaths = "assessments")
    List<Adoption> findByRecommendationIdOrderByAdoptedAt(Long recommendationId);

    @Query("select distinct a.organizationId from Adoption a, Recommendation r where r.id = a.recommendationId"
            + " and a.organizationId is not null and r.stateUnderReview = :country")
    Set<Long> findAdoptingOrganizations(String country);

    @Query("select distinct a.recommendationId from Adoption a, Recommendation r where r.id = a.recommendationId"
            + " and r.stateUnderReview = :country")
    Set<Long> findAdoptedRecommendations(String country);
}
