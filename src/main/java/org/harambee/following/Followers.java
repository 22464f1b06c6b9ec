package org.harambee.following;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Followers extends JpaRepository<Follower, Long> {

    Optional<Follower> findByAccountId(UUID accountId);

    Optional<Follower> findByEmail(String email);

    List<Follower> findByCadenceAndConfirmedAtIsNotNull(Cadence cadence);

    /** The confirmed followers of a weekly digest who have not had this week's yet. */
    @Query("""
            select f.id from Follower f where f.cadence = org.harambee.following.Cadence.WEEKLY
            and f.confirmedAt is not null and (f.digestWeek is null or f.digestWeek < :week)""")
    List<Long> dueForDigest(@Param("week") LocalDate week);

    /** Claims this week's digest of one follower: 1 for the one node that claims it, 0 for any other. */
    @Modifying
    @Query("""
            update Follower f set f.digestWeek = :week where f.id = :id
            and (f.digestWeek is null or f.digestWeek < :week)""")
    int claimWeek(@Param("id") Long id, @Param("week") LocalDate week);

    /** Forgets visitors who never confirmed their address. */
    @Modifying
    @Query("delete from Follower f where f.accountId is null and f.confirmedAt is null and f.createdAt < :before")
    int forgetUnconfirmed(@Param("before") Instant before);
}
