package org.harambee.membership;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipApplications extends JpaRepository<MembershipApplication, Long> {

    Page<MembershipApplication> findByStatusInOrderBySubmittedAtAscIdAsc(Collection<ApplicationStatus> statuses,
            Pageable pageable);

    long countByStatusIn(Collection<ApplicationStatus> statuses);

    boolean existsByContactEmailAndStatusIn(String contactEmail, Collection<ApplicationStatus> statuses);

    Optional<MembershipApplication> findFirstByMemberIdOrderBySubmittedAtDesc(Long memberId);
}
