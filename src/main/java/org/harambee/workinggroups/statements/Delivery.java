package org.harambee.workinggroups.statements;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** The record of a statement handed over: to whom, how, and on which day. */
@NamedInterface(name = "seeding", propagate = false)
public record Delivery(String to, DeliveryMethod how, LocalDate on) {
}
