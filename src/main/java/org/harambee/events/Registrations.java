package org.harambee.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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


    /** The seats confirmed or offered per ticket type of the event: pairs of type id and count. */
    @Query("select r.ticketTypeId, count(r) from Registration r where r.eventId = :eventId"
            + " and r.ticketTypeId is not null and r.status in (org.harambee.events.RegistrationStatus.CONFIRMED,"
            + " org.harambee.events.RegistrationStatus.OFFERED) group by r.ticketTypeId")
    List<Object[]> heldPerTicketTypeRows(Long eventId);

    /** The seats confirmed or offered per ticket type of the event. */
    default Map<Long, Long> heldPerTicketType(Long eventId) {
        return heldPerTicketTypeRows(eventId).stream()
                .collect(Collectors.toMap(pair -> (Long) pair[0], pair -> (Long) pair[1]));
    }

    /** The ticket types of the event some registration (in any state) holds. */
    @Query("select distinct r.ticketTypeId from Registration r where r.eventId = :eventId"
            + " and r.ticketTypeId is not null")
    Set<Long> ticketTypesInUse(Long eventId);

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
