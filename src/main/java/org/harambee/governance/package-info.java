/**
 * Inclusive governance: the network's bodies and their seats, elections whose count anyone can check, general
 * assemblies. Today: the count of single-transferable-vote elections by the Scottish rules, in exact decimals
 * ({@code count}), and the command line that counts BLT ballot files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance", allowedDependencies = {"site::api"})
package org.harambee.governance;
