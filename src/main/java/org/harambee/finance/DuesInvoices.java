package org.harambee.finance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface DuesInvoices extends JpaRepository<DuesInvoice, Long> {

    List<DuesInvoice> findByMemberIdInOrderByIssuedOnAscIdAsc(Collection<Long> memberIds);

    Page<DuesInvoice> findAllByOrderByIssuedAtDescIdDesc(Pageable page);
}
