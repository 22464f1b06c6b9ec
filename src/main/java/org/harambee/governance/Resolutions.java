package org.harambee.governance;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Resolutions extends JpaRepository<Resolution, Long> {

    List<Resolution> findByAssemblyIdOrderByNumber(Long assemblyId);

    Optional<Resolution> findByIdAndAssemblyId(Long id, Long assemblyId);

    /** The resolution, locked until the transaction ends (closing its vote waits for the votes being cast). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Resolution r where r.id = :id")
    Optional<Resolution> lockById(Long id);

    @Query("select coalesce(max(r.number), 0) from Resolution r where r.assemblyId = :assemblyId")
    int lastNumber(Long assemblyId);
}
