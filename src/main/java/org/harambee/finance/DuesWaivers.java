package org.harambee.finance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DuesWaivers extends JpaRepository<DuesWaiver, Long> {

    List<DuesWaiver> findByMemberIdInOrderByRequestedAtAsc(Collection<Long> memberIds);

    List<DuesWaiver> findByStatusOrderByRequestedAtAsc(WaiverStatus status);

    List<DuesWaiver> findByStatus(WaiverStatus status);
}
