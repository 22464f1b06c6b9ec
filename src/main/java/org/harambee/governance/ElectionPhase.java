package org.harambee.governance;

/**
 * Where an election is in its timeline: before nominations open, nominations open, waiting for the vote, voting
 * open, closed (waiting for the count), counted. A question has no nomination phases.
 */
public enum ElectionPhase {
    UPCOMING, NOMINATIONS, BEFORE_VOTING, VOTING, CLOSED, COUNTED
}
