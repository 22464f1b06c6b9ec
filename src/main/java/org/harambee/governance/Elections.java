package org.harambee.governance;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Elections extends JpaRepository<Election, Long> {

    Optional<Election> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Election> findAllByOrderByVotingOpensDesc();

    List<Election> findByBodyIdOrderByVotingOpensDesc(Long bodyId);

    /** The election, locked until the transaction ends (its count, which must run once). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Election e where e.id = :id")
    Optional<Election> lockById(Long id);

    @Query(value = "select count(*) from election_seats where seat_class_id = :seatClassId", nativeQuery = true)
    long countBySeatClass(Long seatClassId);
}
