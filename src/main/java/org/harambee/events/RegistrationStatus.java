package org.harambee.events;

/**
 * Where a registration is: confirmed (a seat), waiting (in order of registration), offered a freed seat until its
 * offer expires, cancelled by the person or by the event's cancellation, or lapsed (an offer not taken in time).
 */
public enum RegistrationStatus {
    CONFIRMED, WAITING, OFFERED, CANCELLED, LAPSED;

    /** Whether it holds a seat or an offer of one (what the capacity counts). */
    boolean holdsSeat() {
        return this == CONFIRMED || this == OFFERED;
    }

    /** Whether it still counts as a registration (a seat, an offer or a place in the queue). */
    boolean active() {
        return this == CONFIRMED || this == WAITING || this == OFFERED;
    }
}
