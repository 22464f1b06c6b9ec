package org.harambee.workinggroups.statements;

/**
 * Who is reading a statement: a signed-in member (an account with a role), one of its owners (the conveners of its
 * group, or staff for the network's own), a participant of its group. A visitor is none of these.
 */
record Reader(boolean member, boolean owner, boolean participant) {

    static final Reader VISITOR = new Reader(false, false, false);
}
