package org.harambee.membership;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndividualMembers extends JpaRepository<IndividualMember, Long> {

    boolean existsByEmail(String email);

    boolean existsByEmailAndIdNot(String email, Long id);

    Optional<IndividualMember> findByEmail(String email);

    Optional<IndividualMember> findByAccountId(UUID accountId);

    long countByStatus(MembershipStatus status);

    Page<IndividualMember> findByStatus(MembershipStatus status, Pageable pageable);
}
