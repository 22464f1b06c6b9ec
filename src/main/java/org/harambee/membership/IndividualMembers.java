package org.harambee.membership;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IndividualMembers extends JpaRepository<IndividualMember, Long> {

    boolean existsByEmail(String email);

    boolean existsByEmailAndIdNot(String email, Long id);

    Optional<IndividualMember> findByEmail(String email);

    Optional<IndividualMember> findByAccountId(UUID accountId);

    /**
     * Active individual members (only the founding ones when {@code foundingOnly}); only those listed for members
     * when {@code listedForMembersOnly}.
     */
    @Query("select count(m) from IndividualMember m where m.status = org.harambee.membership.MembershipStatus.ACTIVE"
            + " and (:listedForMembersOnly = false or m.listedForMembers = true)"
            + " and (:foundingOnly = false or m.foundingMember = true)")
    long countActive(boolean listedForMembersOnly, boolean foundingOnly);

    Page<IndividualMember> findByStatus(MembershipStatus status, Pageable pageable);

    /**
     * Active individual members who chose to be listed for members, matching a lower-case LIKE pattern in their
     * name or in the details they show members, in a state they show members, working on an issue area.
     */
    @Query("""
            select m from IndividualMember m
            where m.status = org.harambee.membership.MembershipStatus.ACTIVE and m.listedForMembers = true
              and (lower(m.name) like :text
                or (m.affiliationVisibility <> org.harambee.membership.Visibility.STAFF and lower(m.affiliation) like :text)
                or (m.locationVisibility <> org.harambee.membership.Visibility.STAFF and lower(m.city) like :text))
              and (:anyState = true
                or (m.locationVisibility <> org.harambee.membership.Visibility.STAFF and m.stateCode = :state))
              and (:anyArea = true or :area member of m.issueAreas)
            """)
    Page<IndividualMember> findListed(@Param("text") String text, @Param("anyState") boolean anyState,
            @Param("state") String state, @Param("anyArea") boolean anyArea, @Param("area") Long area,
            Pageable pageable);
}
