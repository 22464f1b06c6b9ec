package org.harambee.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Registrations extends JpaRepository<Registration, Long> {

    Optional<Registration> findByEventIdAndAccountId(Long eventId, UUID accountId);

    List<Registration> findByEventIdOrderByRegisteredAtAscIdAsc(Long eventId);

    @Query("select count(r) from Registration r where r.eventId = :eventId"
            + " and r.status in (org.harambee.events.RegistrationStatus.CONFIRMED,"
            + " org.harambee.events.RegistrationStatus.OFFERED)")
    long seatsHeld(Long eventId);

    @Query("select count(r) from Registration r where r.eventId = :eventId"
            + " and r.status = org.harambee.events.RegistrationStatus.WAITING")
    long waiting(Long eventId);

    /** The offers whose time is over, at any event. */
    @Query("select r from Registration r where r.status = org.harambee.events.RegistrationStatus.OFFERED"
            + " and r.offerExpiresAt <= :now")
    List<Registration> lapsedOffers(Instant now);
}
