package org.harambee.accountability;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Recommendations extends JpaRepository<Recommendation, Long> {

    /** Identity and details of the recommendations with these fingerprints, as {@code [id, fingerprint, details]}. */
    @Query("select r.id, r.fingerprint, r.details from Recommendation r where r.fingerprint in :fingerprints")
    List<Object[]> findKnown(Collection<String> fingerprints);

    List<Recommendation> findByStateUnderReviewOrderBySessionAscIdAsc(String state);

    long countByStateUnderReview(String state);
}
