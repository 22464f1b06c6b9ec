package org.harambee.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A ticket type as the event page and the organizers show it: its name, seats and seats held, members only or not. */
public record TicketView(Long id, String name, Integer capacity, long held, boolean membersOnly) {

    /** The seats left (0 when full), or null when the type has no limit of its own. */
    public Integer left() {
        return capacity == null ? null : (int) Math.max(0, capacity - held);
    }

    static List<TicketView> of(Event event, Map<Long, Long> heldPerType, Locale locale) {
        return event.ticketTypes().stream().map(type -> new TicketView(type.id(), type.name(locale), type.capacity(),
                heldPerType.getOrDefault(type.id(), 0L), type.membersOnly())).toList();
    }
}
