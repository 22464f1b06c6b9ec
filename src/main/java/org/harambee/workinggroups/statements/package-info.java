/**
 * Joint sign-on statements and letters: a working group's conveners (or the network's staff) draft one, keeping
 * every earlier text, open it for signatures until a deadline, close it and record its delivery; member
 * organizations sign it through their authorized representatives, and individual members when it allows them.
 * Internal to working groups: the demo network reaches {@link org.harambee.workinggroups.statements.Statements}
 * through the seeding interface.
 */
package org.harambee.workinggroups.statements;
