package org.harambee.governance;

import java.time.LocalDate;

/**
 * Who votes in a decision of the members (an election or a general assembly): the kinds of members, in good standing
 * on the record date.
 */
public interface Franchise {

    LocalDate recordDate();

    boolean organizationsVote();

    boolean individualsVote();
}
