package org.harambee.events;

/**
 * Where a registration is: confirmed (a seat), waiting (in order of registration), offered a freed seat until its
 * offer expires, unconfirmed (a visitor who has not yet followed the link sent to their address: it holds nothing),
 * cancelled by the person or by the event's cancellation, or lapsed (an offer not taken in time).
 */
public enum RegistrationStatus {
    CONFIRMED, WAITING, OFFERED, UNCONFIRMED, CANCELLED, LAPSED;

    /** Whether it holds a seat or an offer of one (what the capacity counts). */
    boolean holdsSeat() {
        return this == CONFIRMED || this == OFFERED;
    }

    /** Whether it still counts as a registration (a seat, an offer or a place in the queue). */
    boolean active() {
        return this == CONFIRMED || this == WAITING || this == OFFERED;
    }
}
