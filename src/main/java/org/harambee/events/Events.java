package org.harambee.events;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Events extends JpaRepository<Event, Long> {

    Optional<Event> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Event> findAllByOrderByStartsAtAsc();

    List<Event> findByCreatedAtAfter(Instant since);

    /** The events not cancelled nor reminded yet that start after {@code now}, until {@code until}. */
    @Query("select e from Event e where e.cancelledAt is null and e.remindersSentAt is null"
            + " and e.startsAt > :now and e.startsAt <= :until")
    List<Event> dueForReminders(Instant now, Instant until);

    /** Marks the event reminded, unless it was already: 1 for the one caller that marked it, 0 for any other. */
    @Modifying
    @Query("update Event e set e.remindersSentAt = :now where e.id = :id and e.remindersSentAt is null")
    int markReminded(Long id, Instant now);

    /** The event, locked until the transaction ends: its seats are given one registration at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.id = :id")
    Optional<Event> lockById(Long id);
}
