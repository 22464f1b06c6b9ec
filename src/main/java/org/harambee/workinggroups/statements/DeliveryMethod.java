package org.harambee.workinggroups.statements;

import org.springframework.modulith.NamedInterface;

/** How a statement reached those it is addressed to. */
@NamedInterface(name = "seeding", propagate = false)
public enum DeliveryMethod {
    EMAIL, LETTER, IN_PERSON, ONLINE_FORM, PRESS_RELEASE, OTHER
}
