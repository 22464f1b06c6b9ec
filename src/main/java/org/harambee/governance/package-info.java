/**
 * Inclusive governance: the network's bodies and their seats (open, or reserved by a rule on the candidate's
 * profile), elections whose voter roll is good standing at a record date, nominations, the secret ballot with
 * receipts, counts anyone can check ({@code count}: the Scottish STV rules in exact decimals, reserved seats by the
 * sequential method, the BLT file and the command line that counts one), and general assemblies: check-in, proxies,
 * the live quorum, resolutions with seconds, amendments and votes, minutes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance",
        allowedDependencies = {"finance::api", "identity::api", "mail::api", "membership::api", "site::api", "taxonomy::api"})
package org.harambee.governance;
