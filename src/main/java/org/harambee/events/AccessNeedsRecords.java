package org.harambee.events;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccessNeedsRecords extends JpaRepository<AccessNeeds, Long> {

    List<AccessNeeds> findByRegistrationIdIn(Collection<Long> registrationIds);

    /** Deletes the needs told for these events' registrations. */
    @Modifying
    @Query("delete from AccessNeeds n where n.registrationId in"
            + " (select r.id from Registration r where r.eventId in :eventIds)")
    int deleteForEvents(Collection<Long> eventIds);
}
