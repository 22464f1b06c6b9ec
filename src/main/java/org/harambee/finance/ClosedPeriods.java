package org.harambee.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClosedPeriods extends JpaRepository<ClosedPeriod, Long> {

    @Query("select max(p.through) from ClosedPeriod p")
    Optional<LocalDate> closedThrough();

    List<ClosedPeriod> findAllByOrderByThroughDesc();
}
