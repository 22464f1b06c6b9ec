package org.harambee.membership;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Members extends JpaRepository<Member, Long> {

    /** Active members whose renewal date is before {@code cutoff}. */
    @Query("select m.id from Member m where m.status = org.harambee.membership.MembershipStatus.ACTIVE"
            + " and m.renewalDate < :cutoff order by m.id")
    List<Long> findIdsOfActiveRenewingBefore(LocalDate cutoff);

    /** Active members whose renewal date falls between the two dates (both included). */
    @Query("select m.id from Member m where m.status = org.harambee.membership.MembershipStatus.ACTIVE"
            + " and m.renewalDate between :from and :to order by m.id")
    List<Long> findIdsOfActiveRenewingBetween(LocalDate from, LocalDate to);

    long countByStatus(MembershipStatus status);

    /** Every member but applicants, by name. */
    @Query("select m from Member m where m.status <> org.harambee.membership.MembershipStatus.APPLICANT")
    List<Member> findAdmitted();

}
