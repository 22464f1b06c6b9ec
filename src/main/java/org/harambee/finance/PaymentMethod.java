package org.harambee.finance;

/** How a payment reached the network. */
public enum PaymentMethod {
    CHECK, BANK_TRANSFER, CASH, OTHER
}
