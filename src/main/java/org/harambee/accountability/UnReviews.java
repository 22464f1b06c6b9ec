package org.harambee.accountability;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnReviews extends JpaRepository<UnReview, Long> {

    List<UnReview> findByEndsOnGreaterThanEqualOrderByStartsOnAscIdAsc(LocalDate day);

    List<UnReview> findByEndsOnLessThanOrderByStartsOnDescIdDesc(LocalDate day);

    List<UnReview> findAllByOrderByStartsOnAscIdAsc();

    @Query("select r.id from UnReview r where r.submissionDeadline between :from and :to"
            + " order by r.submissionDeadline, r.id")
    List<Long> findIdsWithDeadlineBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
