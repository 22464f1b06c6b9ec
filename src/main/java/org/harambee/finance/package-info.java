/**
 * The network's money, kept by treasurers: the books by double entry (a chart of accounts, journal entries whose
 * debits equal their credits, never changed once posted, corrected by reversing entries) and their reports. Amounts
 * are exact decimals in the installation's one currency ({@link org.harambee.finance.Money}). Only treasurers see
 * any of it; staff and administrators do not by default. Dues: a schedule per membership year, invoices and credit
 * notes numbered without gaps, payments, waivers; a member's representatives read its own. Other capabilities ask
 * one thing of it: {@link org.harambee.finance.GoodStanding}.
 */
@ApplicationModule(displayName = "Finance",
        allowedDependencies = {"identity::api", "mail::api", "membership::api", "site::api"})
package org.harambee.finance;

import org.springframework.modulith.ApplicationModule;
