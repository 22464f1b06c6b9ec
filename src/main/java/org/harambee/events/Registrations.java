package org.harambee.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Registrations extends JpaRepository<Registration, Long> {

    Optional<Registration> findByEventIdAndAccountId(Long eventId, UUID accountId);

    Optional<Registration> findByEventIdAndVisitorEmail(Long eventId, String visitorEmail);

    List<Registration> findByEventIdOrderByRegisteredAtAscIdAsc(Long eventId);

    @Query("select count(r) from Registration r where r.eventId = :eventId"
            + " and r.status in (org.harambee.events.RegistrationStatus.CONFIRMED,"
            + " org.harambee.events.RegistrationStatus.OFFERED)")
    long seatsHeld(Long eventId);

    @Query("select count(r) from Registration r where r.eventId = :eventId"
            + " and r.status = org.harambee.events.RegistrationStatus.WAITING")
    long waiting(Long eventId);

    /** Deletes the visitors' registrations never confirmed, of these events (their needs deleted before). */
    @Modifying
    @Query("delete from Registration r where r.eventId in :eventIds"
            + " and r.status = org.harambee.events.RegistrationStatus.UNCONFIRMED")
    int deleteUnconfirmed(List<Long> eventIds);

    /** The offers whose time is over, at any event. */
    @Query("select r from Registration r where r.status = org.harambee.events.RegistrationStatus.OFFERED"
            + " and r.offerExpiresAt <= :now")
    List<Registration> lapsedOffers(Instant now);
}
