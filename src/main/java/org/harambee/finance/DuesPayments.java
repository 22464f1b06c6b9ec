package org.harambee.finance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface DuesPayments extends JpaRepository<DuesPayment, Long> {

    List<DuesPayment> findByMemberIdInOrderByReceivedOnAscIdAsc(Collection<Long> memberIds);

    List<DuesPayment> findByStatusOrderByRecordedAtAsc(PaymentStatus status);

    Page<DuesPayment> findAllByOrderByRecordedAtDescIdDesc(Pageable page);
}
