package org.harambee.workinggroups.statements;

/** How a statement reached those it is addressed to. */
public enum DeliveryMethod {
    EMAIL, LETTER, IN_PERSON, ONLINE_FORM, PRESS_RELEASE, OTHER
}
