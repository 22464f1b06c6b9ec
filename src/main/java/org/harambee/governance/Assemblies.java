package org.harambee.governance;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Assemblies extends JpaRepository<Assembly, Long> {

    Optional<Assembly> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Assembly> findAllByOrderByStartsAtDesc();

    /** The assembly, locked until the transaction ends (see {@link AssemblyOffice#locked}). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Assembly a where a.id = :id")
    Optional<Assembly> lockById(Long id);
}
