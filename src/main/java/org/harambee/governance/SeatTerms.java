package org.harambee.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SeatTerms extends JpaRepository<SeatTerm, Long> {

    List<SeatTerm> findByBodyIdOrderByStartsOnDescHolder(Long bodyId);

    List<SeatTerm> findByBodyIdAndMemberIdOrderByStartsOnDesc(Long bodyId, Long memberId);

    boolean existsBySeatClassId(Long seatClassId);
}
