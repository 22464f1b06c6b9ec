package org.harambee.finance;

import java.net.URI;
import java.util.Optional;

/**
 * The port an online card-payment provider plugs into (none is built in: a network that wants card payments adds an
 * adapter for its provider, as a Spring bean implementing this interface). What a provider must do:
 * <ul>
 * <li>open a hosted checkout for an invoice's amount still owed, in the installation's currency, named by the
 * invoice number (the reference the treasurers see), returning the member to Harambee afterwards; card data never
 * touches Harambee;</li>
 * <li>confirm a payment only through a notification Harambee can verify (a signed webhook or an API call back to
 * the provider), identified by the provider's own id, so that the same notification delivered twice records one
 * payment (the adapter records it as a payment of method {@code OTHER} with the provider's id as reference, which
 * goes through the second treasurer's approval above the threshold like any other);</li>
 * <li>refund through the provider only; Harambee records a refund as a credit note and a journal entry, never by
 * changing a payment.</li>
 * </ul>
 */
interface CardPayments {

    /** Where to send the member to pay this invoice's amount owed; empty when the provider cannot take it now. */
    Optional<URI> checkout(Checkout checkout);

    /** What a checkout is for. */
    record Checkout(Long invoiceId, String invoiceNumber, Money owed, URI returnTo) {
    }
}
