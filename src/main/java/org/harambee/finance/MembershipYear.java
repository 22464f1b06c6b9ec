package org.harambee.finance;

import java.time.LocalDate;

/**
 * A membership year: named by the calendar year it starts in, from its first day to its last (both included). When
 * the year starts on 1 January, 2027 is simply 2027; when it starts on 1 July, 2027 runs to 30 June 2028.
 */
public record MembershipYear(int year, LocalDate start, LocalDate end) {
}
