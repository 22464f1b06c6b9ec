package org.harambee.finance;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvoiceCounters extends JpaRepository<InvoiceCounter, InvoiceCounter.Key> {

    /** The counter, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from InvoiceCounter c where c.key = :key")
    Optional<InvoiceCounter> findLocked(InvoiceCounter.Key key);
}
