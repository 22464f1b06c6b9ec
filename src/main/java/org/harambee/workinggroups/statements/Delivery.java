package org.harambee.workinggroups.statements;

import java.time.LocalDate;

/** The record of a statement handed over: to whom, how, and on which day. */
public record Delivery(String to, DeliveryMethod how, LocalDate on) {
}
