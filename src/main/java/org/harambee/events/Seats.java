package org.harambee.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seats of one event as they stand, read from its registrations under the event's lock: how many are held
 * (confirmed or offered) in all and per ticket type, and who of each type waits. A seat is free for a ticket type
 * when the event and the type both have one; a newcomer takes it only when nobody of that type is waiting for it.
 */
final class Seats {

    private final Event event;
    private long held;
    private final Map<Long, Long> heldPerType = new HashMap<>();
    private final Map<Long, Long> waitingPerType = new HashMap<>();

    Seats(Event event, List<Registration> registrations) {
        this.event = event;
        for (Registration each : registrations) {
            if (each.status().holdsSeat()) {
                hold(each.ticketTypeId());
            } else if (each.status() == RegistrationStatus.WAITING) {
                waitingPerType.merge(each.ticketTypeId(), 1L, Long::sum);
            }
        }
    }

    /** Whether a newcomer with this ticket type (null: the event has none) gets a seat at once. */
    boolean freeForNewcomer(Long ticketType) {
        return free(ticketType) && waitingPerType.getOrDefault(ticketType, 0L) == 0;
    }

    /** Whether a seat of this ticket type is free. */
    boolean free(Long ticketType) {
        TicketType type = ticketType == null ? null : event.ticketType(ticketType).orElse(null);
        return event.seatFree(type, held, heldPerType.getOrDefault(ticketType, 0L));
    }

    /** Counts one more seat held of this ticket type. */
    void hold(Long ticketType) {
        held++;
        heldPerType.merge(ticketType, 1L, Long::sum);
    }
}
